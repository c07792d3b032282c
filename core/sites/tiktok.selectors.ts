import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * TikTok (www.tiktok.com). `data-e2e` hooks where TikTok has them; otherwise
 * the component name inside emotion classes ("css-1gstnae-DivCommentItemContainer
 * eo72wou0"), matched with [class*=…] because the hash changes on every deploy.
 * Each selector is followed by its expected match count in the committed
 * fixtures (test/fixtures/sites/tiktok).
 */

/** The caption on the video page and in the modal player: text spans, hashtag and mention links. */
export const caption = '[data-e2e="browse-video-desc"]';
export const caption_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/**
 * The caption's column. Its rows are flex rows (caption | "more") with a line
 * clamp inside, so the annotation goes after the whole row, in the column.
 */
export const descriptionColumn = '[class*="DivDescriptionContentWrapper"]';
export const descriptionColumn_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

export const videoAuthor = '[data-e2e="browse-username"]';
export const videoAuthor_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/** One comment, top-level or reply; threads nest replies in a reply container. */
export const comment = '[class*="DivCommentListContainer"] [class*="DivCommentItemContainer"]';
export const comment_ = [[5, 'video-page.html']] satisfies FixtureMatch[];

export const commentReply = '[class*="DivCommentListContainer"] [class*="DivReplyContainer"] [class*="DivCommentItemContainer"]';
export const commentReply_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/** Relative to a comment: the row whose `id` is the comment id, its text (`comment-level-1` or `-2`) and its author. */
export const commentRow = ':scope > [class*="DivCommentContentContainer"]';
export const commentText = '[data-e2e^="comment-level-"]';
export const commentAuthor = '[data-e2e^="comment-username-"]';

/** The Draft.js comment composer; never annotated. */
export const composer = '[data-e2e="comment-input"]';
export const composer_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/** The right panel scrolls the caption and comments, not the window. */
export const scrollRoot = '[class*="DivCommentContainer"]';
export const scrollRoot_ = [[1, 'video-page.html']] satisfies FixtureMatch[];

/** Post ids in URLs: /@<user>/video/<id>, and /@<user>/photo/<id> for photo posts. */
export const videoIdInPath = /\/(?:video|photo)\/(\d{6,25})(?:[/?#]|$)/;

/** TikTok comment ids are long decimal numbers. */
export const commentIdPattern = /^\d{6,25}$/;

/** Outside evidence for the selectors above. Selectors not listed here have no outside evidence yet: they are unverified against the live site (checked only against fixtures written from notes). */
export const evidence: SelectorEvidence[] = [];
