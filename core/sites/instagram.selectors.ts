import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Instagram (www.instagram.com). Class names are atomic (`x1lliihq …`) or
 * short legacy hashes (`_a9zr`), so selectors anchor on structure, roles and
 * links: the caption is the post's h1, a comment is a list item with an h3
 * author followed by its text, and ids come from permalinks. Each selector is
 * followed by its expected match count in the committed fixtures
 * (test/fixtures/sites/instagram).
 */

/** A post opened over the feed or a profile ("View all comments", the grid) is a dialog with the post page's structure. */
export const postDialog = '[role="dialog"]';
export const postDialog_ = [
  [0, 'post-page.html'],
  [0, 'home-feed.html'],
] satisfies FixtureMatch[];

/** Relative to the post's scope (main, or the dialog). The caption on a post page (/p/<code>/, /reel/<code>/): mention and hashtag links, <br> line breaks. */
export const captionInScope = 'h1[dir="auto"]';
export const captionInScope_ = [
  [1, 'post-page.html'],
  [0, 'home-feed.html'],
] satisfies FixtureMatch[];

/** The place tag the author chose, in a post header (not an IP region). */
export const locationInScope = 'header a[href*="/explore/locations/"]';
export const locationInScope_ = [
  [1, 'post-page.html'],
  [1, 'home-feed.html'],
] satisfies FixtureMatch[];

/** A comment's author heading; the comment is its list item, its text the block right after it. */
export const commentAuthorInScope = 'ul li h3';
export const commentAuthorInScope_ = [
  [4, 'post-page.html'],
  [0, 'home-feed.html'],
] satisfies FixtureMatch[];

/** Relative to a comment's list item: its permalink /p/<code>/c/<id>/, or /c/<parent>/r/<id>/ for a reply. */
export const commentPermalink = 'a[href*="/c/"]';
export const commentPermalinkId = /\/c\/(\d+)\/(?:r\/(\d+)\/)?/;

/** Relative to a comment's text block. */
export const commentText = 'span[dir="auto"]';

/** Feed posts: one article each, with its permalink on the time. */
export const feedPost = 'main article';
export const feedPost_ = [
  [0, 'post-page.html'],
  [3, 'home-feed.html'],
] satisfies FixtureMatch[];

/** Relative to a feed article: the time link to /p/<code>/, the author link in the header, the caption's text span. */
export const feedPermalink = 'a[href*="/p/"] time';
export const feedAuthor = 'header a[role="link"][href^="/"]:not([href*="/explore/"]):not([href*="/p/"])';
export const feedCaption = 'span[dir="auto"] > span[dir="auto"]';

/** The comment composer; never annotated. */
export const composer = 'main textarea';
export const composer_ = [
  [1, 'post-page.html'],
  [3, 'home-feed.html'],
] satisfies FixtureMatch[];

/** Shortcodes in URLs: /p/<code>/, /reel/<code>/, /<user>/p/<code>/. */
export const shortcodeInPath = /^\/(?:[\w.]+\/)?(?:p|reels?|tv)\/([\w-]{5,40})(?:[/?#]|$)/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
