import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Douyin (www.douyin.com, React). `data-e2e` hooks are stable; CSS-module
 * classes (`C7LroK_h`) are hashed per deploy, so comment parts are found by
 * structure around `.comment-item-info-wrap`. Expected counts refer to
 * test/fixtures/sites/douyin.
 */

/** Caption blocks carrying the video id: the detail page's and each feed slide's. */
export const videoInfo = '[data-e2e="detail-video-info"][data-e2e-aweme-id], [data-e2e="video-info"][data-e2e-aweme-id]';
export const videoInfo_ = [
  [1, 'video-page.html'],
  [2, 'feed.html'],
] satisfies FixtureMatch[];

/** Relative to a caption block. */
export const videoCaption = ':scope h1, :scope [data-e2e="video-desc"]';
export const feedNickname = ':scope [data-e2e="feed-video-nickname"]';
export const detailAuthor = '[data-e2e="video-detail"] [data-e2e="user-info"] a[href*="/user/"]';
export const detailAuthor_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/**
 * Every comment row, replies included. The page also holds hidden 0×0
 * server-rendered copies, first in document order: visible rows only.
 */
export const comment = '[data-e2e="comment-item"]';
export const comment_ = [
  [5, 'video-page.html'],
  [0, 'feed.html'],
] satisfies FixtureMatch[];

export const commentInList = '[data-e2e="comment-list"] [data-e2e="comment-item"]';
export const commentInList_ = [[4, 'video-page.html']] satisfies FixtureMatch[];

/** Author line of a row ("昵称" + maybe an "作者" tag); the text is its next sibling, then "3天前·广东". */
export const commentInfo = '.comment-item-info-wrap';
export const commentInfo_ = [[5, 'video-page.html']] satisfies FixtureMatch[];
export const commentAuthor = ':scope a[href*="/user/"]';
export const commentStats = '.comment-item-stats-container';

/** "3天前·广东" → "广东". */
export const locationAfterDot = /·\s*([^\s·]{1,12})\s*$/u;
export const userInHref = /\/user\/([^/?#]+)/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
