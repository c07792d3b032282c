import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Weibo, new "wbpro" UI (weibo.com, Vue 2). CSS-module suffixes such as
 * `_3ywCW` change on deploy, so classes are matched by prefix and titles by
 * their words. Feed and comment rows live in a vue-recycle-scroller that
 * reuses a row for another post: ids are re-read on every scan. Expected
 * counts refer to test/fixtures/sites/weibo.
 */

/** A post: feed rows inside the recycle scroller, and the post on its detail page. */
export const post = 'article.woo-panel-main';
export const post_ = [
  [3, 'home-feed.html'],
  [1, 'detail-page.html'],
  [1, 'real-detail-2025-09.html'],
  [1, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

export const feedRow = '#scroller .wbpro-scroller-item article.woo-panel-main';
export const feedRow_ = [
  [3, 'home-feed.html'],
  [0, 'detail-page.html'],
  [0, 'real-detail-2025-09.html'],
  [0, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/** The original text only; a retweeted original sits in `.wbpro-feed-reText` and is a separate post. */
export const postBodyInPage = 'article.woo-panel-main .wbpro-feed-ogText > :is([class*="_wbtext_"], [class^="detail_wbtext"])';
export const postBodyInPage_ = [
  [3, 'home-feed.html'],
  [1, 'detail-page.html'],
  [1, 'real-detail-2025-09.html'],
  [1, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/** "发布于 北京": the IP region, also in the title attribute. */
export const postIpInPage = 'article.woo-panel-main header [title^="发布于 "]';
export const postIpInPage_ = [
  [3, 'home-feed.html'],
  [1, 'detail-page.html'],
  [1, 'real-detail-2025-09.html'],
  [1, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/** A retweeted original inside a post: a post of its own, whose id the DOM does not carry. */
export const retweetTextInPage = 'article.woo-panel-main .wbpro-feed-reText > [class*="_wbtext_"]';
export const retweetTextInPage_ = [
  [1, 'home-feed.html'],
  [0, 'detail-page.html'],
  [0, 'real-detail-2025-09.html'],
  [0, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/** The "展开" link of a truncated long text; its words are the site's, not the post's. */
export const expander = '.wbpro-feed-ogText .expand';
export const expander_ = [
  [1, 'home-feed.html'],
  [0, 'detail-page.html'],
  [0, 'real-detail-2025-09.html'],
  [0, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/** Relative to a post. The time link is the permalink https://weibo.com/<uid>/<mblogid>. */
export const postBody = ':scope .wbpro-feed-ogText > :is([class*="_wbtext_"], [class^="detail_wbtext"])';
export const postPermalink = ':scope header a[class^="head-info_time"]';
/** The name link carries several classes (`ALink_default_… head_cut_… head_name_…`), so `head_name` is matched anywhere in them. */
export const postAuthor = ':scope header [class*="head_name"] span[title]';
export const postIp = ':scope header [title^="发布于 "]';
export const postExpander = '.expand';
/** `Feed_retweet_<hash>`: the hash changes on deploy (`Feed_retweetHead_…` is its header, not the block). */
export const retweet = ':scope [class*="Feed_retweet_"]';
/** Relative to the retweet block: the original's own time link, when the site shows it. */
export const retweetPermalink = ':scope a[href*="weibo.com/"][class*="time"], :scope a[href*="weibo.com/"][class*="Time"]';
export const retweetText = ':scope .wbpro-feed-reText > [class*="_wbtext_"]';
export const retweetAuthor = ':scope a[href*="/u/"]';
export const permalinkId = /weibo\.com\/\d+\/([A-Za-z0-9]+)(?:[/?#]|$)/;

/** Comments on the detail page (a recycle scroller too): `.item1` roots and `.list2 .item2` replies. */
export const comment = '#scroller .wbpro-list .item1';
export const comment_ = [
  [0, 'home-feed.html'],
  [3, 'detail-page.html'],
  [40, 'real-detail-2025-09.html'],
  [40, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

export const reply = '#scroller .wbpro-list .list2 .item2';
export const reply_ = [
  [1, 'detail-page.html'],
  [20, 'real-detail-2025-09.html'],
  [20, 'real-dom:weibo/detail-comments-2025-09.html'],
] satisfies FixtureMatch[];

/**
 * Relative to `.item1` / `.item2`: "<a>author</a>:<span>text</span>", then "25-3-12 23:12 来自上海".
 * A root comment wraps it in `.item1in > .con1`; a reply has no such wrapper (`.item2 > .con2`),
 * as the real page (2025-09) shows.
 */
export const commentTextLine = ':scope > [class^="item"] > [class^="con"] > .text, :scope > [class^="con"] > .text';
export const commentContent = ':scope > span';
export const commentAuthor = ':scope > a[href*="/u/"]';
export const commentInfo = ':scope > [class^="item"] > [class^="con"] > .info > div:first-child, :scope > [class^="con"] > .info > div:first-child';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [
  { selector: 'post', kind: 'real page', source: 'shared/real-dom/weibo/detail-comments-2025-09.html (Jasonzhangf/webauto @ cb7dd883)', seen: '2025-09-15' },
  { selector: 'postBodyInPage', kind: 'real page', source: 'shared/real-dom/weibo/detail-comments-2025-09.html (Jasonzhangf/webauto @ cb7dd883)', seen: '2025-09-15' },
  { selector: 'postIpInPage', kind: 'real page', source: 'shared/real-dom/weibo/detail-comments-2025-09.html (Jasonzhangf/webauto @ cb7dd883)', seen: '2025-09-15' },
  { selector: 'comment', kind: 'real page', source: 'shared/real-dom/weibo/detail-comments-2025-09.html (Jasonzhangf/webauto @ cb7dd883)', seen: '2025-09-15' },
  { selector: 'reply', kind: 'real page', source: 'shared/real-dom/weibo/detail-comments-2025-09.html (Jasonzhangf/webauto @ cb7dd883)', seen: '2025-09-15' },
];
