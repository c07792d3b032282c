import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Weibo mobile web (m.weibo.cn, Vue 2). Semantic `m-*` / `weibo-*` classes.
 * Expected counts refer to test/fixtures/sites/weibo-mobile.
 */

/** A status card: the post on /detail/<id>, and the cards of feeds. */
export const card = '.card.m-panel.card9';
export const card_ = [[1, 'detail-page.html']] satisfies FixtureMatch[];

/** The original text only; a repost's original is `.weibo-rp .weibo-text`. */
export const cardTextInPage = '.card.m-panel.card9 article.weibo-main .weibo-og .weibo-text';
export const cardTextInPage_ = [[1, 'detail-page.html']] satisfies FixtureMatch[];

export const comment = '.comment-content .card.lite-page-list';
export const comment_ = [[3, 'detail-page.html']] satisfies FixtureMatch[];

/** Relative to a card. */
export const cardText = ':scope article.weibo-main .weibo-og .weibo-text';
export const cardAuthor = ':scope header.weibo-top .m-text-box h3';
/** "发布于 北京" when shown; `.from` ("来自 iPhone客户端") is the client, not a place. */
export const cardInfo = ':scope header.weibo-top .m-text-box h4';

/** Relative to a comment: user in h4, text in h3, then "2分钟前 来自四川". */
export const commentText = ':scope .m-text-box > h3';
export const commentAuthor = ':scope .m-text-box > h4';
export const commentTime = ':scope .time';

/** Post ids in URLs: /detail/<mid>, /status/<mid or mblogid>. */
export const postIdInPath = /^\/(?:detail|status)\/([0-9A-Za-z]+)(?:[/?#]|$)/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
