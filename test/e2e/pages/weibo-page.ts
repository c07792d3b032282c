import { contentHash } from '../../../core/sites/text';
import { WEIBO_DETAIL_URL, WEIBO_HOME_URL } from '../routes/weibo';
import { AnnotatedPage, type NextToAnchor } from './annotated-page';

/** The id the adapter gives a comment (its real id is in Vue data only). */
export function weiboCommentId(uid: string, text: string): string {
  return `c${uid}-${contentHash(uid, text)}`;
}

/** The id the adapter gives a retweeted original (its mid is in Vue data only). */
export function weiboRetweetId(author: string, text: string): string {
  return `r${contentHash(author, text)}`;
}

/** A weibo.com fixture page (home feed or post detail). */
export class WeiboPage extends AnnotatedPage {
  async openHome(): Promise<void> {
    await this.page.goto(WEIBO_HOME_URL);
  }

  async openDetail(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1400 });
    await this.page.goto(WEIBO_DETAIL_URL);
  }

  /** Each post's mblogid (from its permalink) and the annotation right after its body. */
  async postsAndAnnotations(): Promise<(NextToAnchor & { mblogid: string })[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('article.woo-panel-main')].map((article) => {
        const next = article.querySelector('.wbpro-feed-ogText > div')?.nextElementSibling;
        return {
          mblogid: article.querySelector('a[class^="head-info_time"]')?.getAttribute('href')?.split('/').pop() ?? '',
          postId: next?.getAttribute('data-ferry-post-id') ?? null,
          status: next?.getAttribute('data-ferry-status') ?? null,
        };
      }),
    );
  }

  /** After each comment's and reply's "author:text" line. */
  async commentAnnotations(): Promise<NextToAnchor[]> {
    return this.nextToAnchors('#scroller .wbpro-list :is(.item1, .item2) > div > div > .text');
  }

  async clickExpand(): Promise<void> {
    await this.page.locator('.wbpro-feed-ogText .expand').click();
  }
}
