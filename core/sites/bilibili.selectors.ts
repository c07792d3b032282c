import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * Bilibili (www.bilibili.com, t.bilibili.com). Video titles and the dynamic
 * feed are light DOM with semantic `bili-dyn-*` classes. Comments are web
 * components with nested open shadow roots; selectors marked "in <element>'s
 * shadow root" run against that root (jsdom fixtures cannot declare shadow
 * trees, so they have no counts here and are covered by extraction tests).
 * Expected counts refer to test/fixtures/sites/bilibili.
 */

export const videoTitle = '.video-info-title h1.video-title';
export const videoTitle_ = [
  [1, 'video-page.html'],
  [0, 'dynamic-feed.html'],
] satisfies FixtureMatch[];

/** BV ids in URLs: /video/BV1Fy4y1c7Qm. */
export const videoIdInPath = /\/video\/(BV[0-9A-Za-z]{10})(?:[/?#]|$)/;

/**
 * Hosts of comment sections (`#commentapp > bili-comments` on video pages;
 * dynamic and opus pages place it elsewhere); everything below is in shadow roots.
 */
export const commentsHost = 'bili-comments';
export const commentsHost_ = [
  [1, 'video-page.html'],
  [0, 'dynamic-feed.html'],
] satisfies FixtureMatch[];

/** In bili-comments' shadow root: one per root comment. */
export const thread = '#feed > bili-comment-thread-renderer';
/** In a thread's shadow root. */
export const threadComment = '#comment';
export const threadReplies = 'bili-comment-replies-renderer';
/** In the replies renderer's shadow root. */
export const reply = 'bili-comment-reply-renderer';
/** In a comment or reply renderer's shadow root. */
export const userInfo = 'bili-comment-user-info';
export const richText = 'bili-rich-text';
/** In bili-comment-user-info's shadow root. */
export const userName = '#user-name';
export const userIdAttribute = 'data-user-profile-id';
/** In bili-rich-text's shadow root: the text; the annotation goes right after it. */
export const richTextContents = '#contents';

/** Dynamic feed items (t.bilibili.com). */
export const dynamicItem = '.bili-dyn-list__item';
export const dynamicItem_ = [
  [2, 'dynamic-feed.html'],
  [0, 'video-page.html'],
] satisfies FixtureMatch[];

export const dynamicTextInPage = '.bili-dyn-list__item .bili-dyn-content .bili-rich-text__content';
export const dynamicTextInPage_ = [[2, 'dynamic-feed.html']] satisfies FixtureMatch[];

export const dynamicVideoCardInPage = '.bili-dyn-list__item a.bili-dyn-card-video[href*="/video/BV"]';
export const dynamicVideoCardInPage_ = [[1, 'dynamic-feed.html']] satisfies FixtureMatch[];

/** Relative to a dynamic item. */
export const dynamicAuthor = ':scope .bili-dyn-title__text';
export const dynamicText = ':scope .bili-dyn-content .bili-rich-text__content';
/**
 * A forwarded dynamic: the sharer's words sit in `.bili-dyn-content__forw__desc`,
 * the original in `.bili-dyn-content__orig.reference` with its author's name.
 * Outside evidence: BewlyBewly/BewlyBewly family (moments filter, `.bili-dyn-content__orig.reference,
 * .bili-dyn-content__forw`) and a dynamic collector checking `.bili-dyn-content__forw__desc`
 * outside the reference subtree (public code, 2025–2026). Not yet in a fixture of ours.
 */
export const dynamicForwarded = ':scope .bili-dyn-content__orig.reference';
export const dynamicForwardedAuthor = ':scope :is(.dyn-orig-author__name, .bili-dyn-orig-author__name, .bili-dyn-content__orig__author)';
export const dynamicVideoCard = ':scope a.bili-dyn-card-video[href*="/video/BV"]';
export const dynamicVideoCardTitle = ':scope .bili-dyn-card-video__title';

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [
  { selector: 'dynamicForwarded', kind: 'project', source: 'BewlyBewly/BewlyBewly family: moments filter (.bili-dyn-content__orig.reference, .bili-dyn-content__forw)', seen: '2025–2026' },
  { selector: 'dynamicItem', kind: 'project', source: 'BewlyBewly/BewlyBewly family: moments filter (CARD_SELECTOR .bili-dyn-item, FEED_SELECTOR .bili-dyn-list__items)', seen: '2025–2026' },
];
