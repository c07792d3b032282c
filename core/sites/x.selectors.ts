import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * X / Twitter (x.com). React Native for Web: `data-testid` hooks are the only
 * stable names; `css-175oi2r r-…` classes are atomic and change. Each selector
 * is followed by its expected match count in the committed fixtures
 * (test/fixtures/sites/x).
 */

/** Virtualised timeline rows: absolutely positioned, reused for other tweets. */
export const cell = 'div[data-testid="cellInnerDiv"]';
export const cell_ = [
  [8, 'home-timeline.html'],
  [7, 'status-page.html'],
] satisfies FixtureMatch[];

/** A tweet (a quoted tweet is a `div[role="link"]` inside it, not another article). */
export const tweet = 'article[data-testid="tweet"]';
export const tweet_ = [
  [6, 'home-timeline.html'],
  [5, 'status-page.html'],
] satisfies FixtureMatch[];

/** Main texts and quoted texts alike; the compose box never carries it. */
export const tweetText = 'article[data-testid="tweet"] [data-testid="tweetText"]';
export const tweetText_ = [
  [7, 'home-timeline.html'],
  [5, 'status-page.html'],
] satisfies FixtureMatch[];

/** The quoted tweet's card inside a tweet. */
export const quote = 'article[data-testid="tweet"] div[role="link"][tabindex="0"]';
export const quote_ = [
  [1, 'home-timeline.html'],
  [0, 'status-page.html'],
] satisfies FixtureMatch[];

/** "Show more": expands a long tweet's text in place. */
export const showMore = '[data-testid="tweet-text-show-more-link"]';
export const showMore_ = [
  [1, 'home-timeline.html'],
  [0, 'status-page.html'],
] satisfies FixtureMatch[];

/** The permalink around a tweet's time: `/<handle>/status/<id>`. */
export const permalinkTime = 'a[href*="/status/"] > time[datetime]';
export const permalinkTime_ = [
  [7, 'home-timeline.html'],
  [5, 'status-page.html'],
] satisfies FixtureMatch[];

/** The composer (Draft.js): never read, never annotated. */
export const composer = '[data-testid="tweetTextarea_0"]';
export const composer_ = [
  [1, 'home-timeline.html'],
  [1, 'status-page.html'],
] satisfies FixtureMatch[];

/** Relative to a tweet or a quote: display name and `@handle` links. */
export const userName = '[data-testid="User-Name"]';

export const statusIdInPath = /\/status\/(\d+)(?:[/?#]|$)/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
