import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Reddit (www.reddit.com, the "shreddit" web components). The components keep
 * post and comment text in light-DOM slots, so plain selectors reach it; only
 * named slots render, which is why annotations go inside a slot's element or
 * carry the slot of the element they follow. Each selector is followed by its
 * expected match count in the committed fixtures (test/fixtures/sites/reddit).
 */

/** Posts carry their fullname as id: `t3_…`. */
export const post = 'shreddit-post[id^="t3_"]';
export const post_ = [
  [1, 'post-page.html'],
  [1, 'real-thread-2024-05.html'],
  [1, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

export const postTitle = 'shreddit-post [slot="title"]';
/** Relative to a post. */
export const postTitleIn = '[slot="title"]';
export const postTitle_ = [
  [1, 'post-page.html'],
  [1, 'real-thread-2024-05.html'],
  [1, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/** The body's rich text, inside the `text-body` slot (`div.md#<fullname>-post-rtjson-content` on the real page, 2024-05). */
export const postBody = 'shreddit-post [slot="text-body"] [id$="-post-rtjson-content"]';
export const postBody_ = [
  [1, 'post-page.html'],
  [1, 'real-thread-2024-05.html'],
  [1, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/** Comments and replies alike, nested in each other; `depth` says which. */
export const comment = 'shreddit-comment[thingid^="t1_"]';
export const comment_ = [
  [6, 'post-page.html'],
  [10, 'real-thread-2024-05.html'],
  [10, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

export const commentReply = 'shreddit-comment[thingid^="t1_"]:not([depth="0"])';
export const commentReply_ = [
  [2, 'post-page.html'],
  [3, 'real-thread-2024-05.html'],
  [3, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/** "N more replies": a fragment the page fetches and swaps in. */
export const moreReplies = 'shreddit-comment-tree faceplate-partial[slot="more-comments"]';
export const moreReplies_ = [
  [1, 'post-page.html'],
  [0, 'real-thread-2024-05.html'],
  [0, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/** The comment composer: never read, never annotated. */
export const composer = 'shreddit-composer [contenteditable="true"]';
export const composer_ = [
  [1, 'post-page.html'],
  [0, 'real-thread-2024-05.html'],
  [0, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/**
 * A comment's own text, not a reply's: the `comment` slot's element is itself
 * the `.md` block (`div.md#<thingid>-comment-rtjson-content[slot="comment"]`
 * on the real page, 2024-05), with no `.md` nested inside it.
 */
export const commentTextInPage = 'shreddit-comment[thingid^="t1_"] > .md[slot="comment"]';
export const commentTextInPage_ = [
  [6, 'post-page.html'],
  [10, 'real-thread-2024-05.html'],
  [10, 'real-dom:reddit/thread-2024-05.html'],
] satisfies FixtureMatch[];

/** Relative to a comment: the same element. */
export const commentText = ':scope > [slot="comment"]';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [
  { selector: 'post', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
  { selector: 'postTitle', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
  { selector: 'postBody', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
  { selector: 'comment', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
  { selector: 'commentReply', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
  { selector: 'commentTextInPage', kind: 'real page', source: 'shared/real-dom/reddit/thread-2024-05.html (opendatalab/magic-html @ 47d4a7fe)', seen: '2024-05' },
];
