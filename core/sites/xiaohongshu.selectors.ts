import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Xiaohongshu (www.xiaohongshu.com). Semantic classes and ids only: the
 * `data-v-*` hashes change on every deploy. Each selector is followed by its
 * expected match count in the committed fixtures (test/fixtures/sites/xiaohongshu).
 */

/** The note detail, on the standalone /explore/<id> page and inside the feed's modal. */
export const noteContainer = '#noteContainer';
export const noteContainer_ = [
  [1, 'note-page.html'],
  [0, 'explore-feed.html'],
  [1, 'real-note-2025-01.html'],
  [1, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

export const noteTitle = '#noteContainer #detail-title';
export const noteTitle_ = [
  [1, 'note-page.html'],
  [1, 'real-note-2025-01.html'],
  [1, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** The body's rich text: spans, `a.tag` hashtags, mention links and emoji images. */
export const noteBody = '#noteContainer #detail-desc';
export const noteBody_ = [
  [1, 'note-page.html'],
  [1, 'real-note-2025-01.html'],
  [1, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** "编辑于 03-12 四川": the date, then the IP region the site displays. */
export const noteDate = '#noteContainer .note-content .bottom-container .date';
export const noteDate_ = [
  [1, 'note-page.html'],
  [1, 'real-note-2025-01.html'],
  [1, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

export const noteAuthor = '#noteContainer .author-container .info .username, #noteContainer .author-wrapper .username';
export const noteAuthor_ = [
  [1, 'note-page.html'],
  [2, 'real-note-2025-01.html'],
  [2, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** Top-level comments and replies share the item; replies add `.comment-item-sub`. */
export const comment = '#noteContainer .comment-item[id^="comment-"]';
export const comment_ = [
  [6, 'note-page.html'],
  [0, 'explore-feed.html'],
  [35, 'real-note-2025-01.html'],
  [35, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

export const commentReply = '#noteContainer .comment-item.comment-item-sub[id^="comment-"]';
export const commentReply_ = [
  [2, 'note-page.html'],
  [15, 'real-note-2025-01.html'],
  [15, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** Relative to a comment item. */
export const commentContent = ':scope > .comment-inner-container .right > .content';
export const commentText = ':scope > .note-text';
export const commentAuthor = ':scope > .comment-inner-container .right .author-wrapper .author a.name';
export const commentLocation = ':scope > .comment-inner-container .right .info .date .location';

/** Comments scroll inside this element, not the window. */
export const scrollRoot = '#noteContainer .note-scroller';
export const scrollRoot_ = [
  [1, 'note-page.html'],
  [1, 'real-note-2025-01.html'],
  [1, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** Note ids in URLs: /explore/<id>, /discovery/item/<id>, /search_result/<id>. */
export const noteIdInPath = /\/(?:explore|discovery\/item|search_result)\/([0-9a-f]{24})(?:[/?#]|$)/;

/** Explore and search feed cards; "大家都在搜" suggestion cards and live cards are not notes. */
export const feedCard = ':is(#exploreFeeds, .feeds-container) section.note-item:not(:has(.query-note-wrapper, .xhs-live-note-item-badge))';
export const feedCard_ = [
  [8, 'explore-feed.html'],
  [0, 'note-page.html'],
  [0, 'real-note-2025-01.html'],
  [0, 'real-dom:xiaohongshu/note-comments-2025-01.html'],
] satisfies FixtureMatch[];

/** Relative to a card: the link that carries the note id, and the visible title. */
export const cardLink = 'a.cover[href], a[href^="/explore/"]';
export const cardTitle = ':scope .footer a.title';
export const cardTitleText = ':scope > span';
export const cardAuthor = ':scope .footer .card-bottom-wrapper a.author .name';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [
  { selector: 'noteContainer', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'noteTitle', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'noteBody', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'noteDate', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'noteAuthor', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'comment', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'commentReply', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
  { selector: 'scrollRoot', kind: 'real page', source: 'shared/real-dom/xiaohongshu/note-comments-2025-01.html (yunkst/xhs_comment @ 151d17f)', seen: '2025-01' },
];
