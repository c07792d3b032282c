import { contentHash } from '../../../core/sites/text';
import { WEIBO_MOBILE_DETAIL_URL } from '../routes/weibo-mobile';
import { AnnotatedPage, type NextToAnchor } from './annotated-page';

export const WEIBO_MOBILE_POST_ID = '5127346012345678';

/** The id the adapter gives a comment (its real id is in Vue data only). */
export function weiboMobileCommentId(author: string, text: string): string {
  return `c${contentHash(author, text)}`;
}

/** An m.weibo.cn fixture page, in a phone-sized window. */
export class WeiboMobilePage extends AnnotatedPage {
  async openDetail(): Promise<void> {
    await this.page.setViewportSize({ width: 420, height: 900 });
    await this.page.goto(WEIBO_MOBILE_DETAIL_URL);
  }

  /** After each comment's text (`h3`). */
  async commentAnnotations(): Promise<NextToAnchor[]> {
    return this.nextToAnchors('.comment-content .lite-page-list .m-text-box > h3');
  }
}
