import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * old.reddit.com: server-rendered, stable class names. Each selector is
 * followed by its expected match count in the committed fixtures
 * (test/fixtures/sites/old-reddit).
 */

/** Every post and comment is a `.thing` with its fullname (`t3_…`, `t1_…`). */
export const link = '.thing.link[data-fullname^="t3_"]';
export const link_ = [[1, 'comments-page.html']] satisfies FixtureMatch[];

export const comment = '.thing.comment[data-fullname^="t1_"]';
export const comment_ = [[6, 'comments-page.html']] satisfies FixtureMatch[];

/** Replies are comments nested in another comment's `.child` listing. */
export const reply = '.thing.comment .child .thing.comment[data-fullname^="t1_"]';
export const reply_ = [[2, 'comments-page.html']] satisfies FixtureMatch[];

/** "load more comments": replaced in place by the comments it fetches. */
export const moreChildren = '.thing.morechildren';
export const moreChildren_ = [[1, 'comments-page.html']] satisfies FixtureMatch[];

/** The comment form's textarea: never read, never annotated. */
export const editor = '.commentarea .usertext-edit textarea';
export const editor_ = [[1, 'comments-page.html']] satisfies FixtureMatch[];

/** Relative to a thing: its own entry, not a nested reply's. */
export const title = ':scope > .entry p.title > a.title';
export const body = ':scope > .entry .usertext-body > .md';
export const author = ':scope > .entry .tagline a.author';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
