import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Threads (www.threads.com, www.threads.net). Classes are atomic, and there
 * is no <article>: a post is a pressable container, its text the span[dir=auto]
 * that is not a link, a button or a time, its id the code in its own
 * /@user/post/<code> permalink. Each selector is followed by its expected
 * match count in the committed fixtures (test/fixtures/sites/threads).
 */

/** One post or reply. Quoted posts nest a container inside another. */
export const post = 'div[data-pressable-container="true"]';
export const post_ = [[4, 'post-page.html']] satisfies FixtureMatch[];

/** Relative to a post: the permalink around its time. */
export const permalink = 'a[href*="/post/"]';
export const permalinkCode = /\/post\/([\w-]{5,40})(?:[/?#]|$)/;

/** Relative to a post: text candidates; links, buttons ("Translate", actions) and times are left out in code. */
export const textCandidate = 'span[dir="auto"]';
export const notText = 'a, time, [role="button"], [role="textbox"]';

/** Relative to a post: the author's profile link with a visible name (the avatar link has none). */
export const authorLink = 'a[href^="/@"]:not([href*="/post/"])';

/** The reply composer (a Lexical editor); never annotated. */
export const composer = '[contenteditable="true"][role="textbox"]';
export const composer_ = [[1, 'post-page.html']] satisfies FixtureMatch[];

/** Post codes in URLs: /@<user>/post/<code>. */
export const postCodeInPath = /^\/@[\w.]+\/post\/([\w-]{5,40})(?:[/?#]|$)/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
