import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * YouTube (www.youtube.com). Polymer/Lit custom elements and ids; the page
 * keeps them in the light DOM. Renderers are reused when their data changes
 * (sorting, SPA navigation), so ids are read from the DOM on every scan. Each
 * selector is followed by its expected match count in the committed fixtures
 * (test/fixtures/sites/youtube). YouTube repeats ids (`#contents`,
 * `#content-text` in every comment), so ids are matched as attributes:
 * `#id` lookups may stop at the document's first element with that id.
 */

/** The watch page; `video-id` changes in place on SPA navigation. */
export const watch = 'ytd-watch-flexy[video-id]';
export const watch_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

export const videoTitle = 'ytd-watch-flexy ytd-watch-metadata [id="title"] h1';
export const videoTitle_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

/** The description box: a clamped snippet, and the full text (hidden until "...more"). */
export const description = 'ytd-watch-flexy ytd-watch-metadata [id="description-inline-expander"]';
export const description_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

export const channelName = 'ytd-watch-flexy ytd-watch-metadata ytd-channel-name a';
export const channelName_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

export const thread = 'ytd-comments ytd-comment-thread-renderer';
export const thread_ = [[4, 'watch-page.html']] satisfies FixtureMatch[];

/** Comments and replies (2024+ view model, and the legacy renderer). */
// No `:is()`: jsdom's selector engine mismatches it.
export const comment = 'ytd-comments ytd-comment-view-model, ytd-comments ytd-comment-renderer';
export const comment_ = [[4, 'watch-page.html']] satisfies FixtureMatch[];

/** Replies appear only after "N replies" is clicked. */
export const reply = 'ytd-comment-replies-renderer ytd-comment-view-model, ytd-comment-replies-renderer ytd-comment-renderer';
export const reply_ = [[0, 'watch-page.html']] satisfies FixtureMatch[];

export const moreReplies = 'ytd-comments ytd-comment-replies-renderer [id="more-replies"]';
export const moreReplies_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

/** The comment box: never read, never annotated. */
export const composer = 'ytd-comments ytd-commentbox [id="contenteditable-root"]';
export const composer_ = [[1, 'watch-page.html']] satisfies FixtureMatch[];

/** Relative to a comment. */
export const commentText = '[id="content-text"]';
/** The timestamp links to `/watch?v=<video>&lc=<comment id>`. */
export const commentPermalink = '[id="published-time-text"] a[href*="lc="]';
export const commentAuthor = '[id="author-text"]';

/** Relative to the description box. */
export const descriptionSnippet = '[id="attributed-snippet-text"]';
export const descriptionExpanded = '[id="expanded"] yt-attributed-string';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
