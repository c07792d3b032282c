import { contentHash } from '../../../core/sites/text';
import { DOUYIN_FEED_URL, DOUYIN_VIDEO_URL } from '../routes/douyin';
import { AnnotatedPage, type NextToAnchor } from './annotated-page';

export const DOUYIN_VIDEO_ID = '7412345678901234567';

/** The id the adapter gives a comment (its real id is in React props only). */
export function douyinCommentId(secUid: string, text: string): string {
  return `c${contentHash(secUid, text)}`;
}

/** A Douyin fixture page (video detail or recommend feed). */
export class DouyinPage extends AnnotatedPage {
  async openVideo(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1200 });
    await this.page.goto(DOUYIN_VIDEO_URL);
  }

  async openFeed(): Promise<void> {
    await this.page.goto(DOUYIN_FEED_URL);
  }

  /** After each visible comment's and reply's text block. */
  async commentAnnotations(): Promise<NextToAnchor[]> {
    return this.nextToAnchors('[data-e2e="comment-list"] [data-e2e="comment-item"] .comment-item-info-wrap + div');
  }

  /** Anything Ferry drew into the hidden SSR copies or the composer. */
  async ferryNodesInHiddenCopiesAndEditor(): Promise<number> {
    return this.page.locator('.ssr-seo-dup [data-ferry], .comment-input-container [data-ferry]').count();
  }
}
