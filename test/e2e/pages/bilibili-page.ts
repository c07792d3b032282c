import { contentHash } from '../../../core/sites/text';
import { BILIBILI_DYNAMIC_URL, BILIBILI_VIDEO_URL } from '../routes/bilibili';
import { AnnotatedPage, type NextToAnchor } from './annotated-page';

export const BILIBILI_VIDEO_ID = 'BV1Fy4y1c7Qm';

/**
 * The id the adapter gives a comment: its rpid, which lives only in `__data`
 * and reaches the content script through the main-world page bridge.
 */
export function bilibiliCommentId(rpid: string): string {
  return `r${rpid}`;
}

/** Without the page bridge (Firefox), a comment is keyed by its author and text. */
export function bilibiliFallbackCommentId(uid: string, text: string): string {
  return `c${uid}-${contentHash(uid, text)}`;
}

/** A Bilibili fixture page: a video page with web-component comments, or the dynamic feed. */
export class BilibiliPage extends AnnotatedPage {
  async openVideo(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1100 });
    await this.page.goto(BILIBILI_VIDEO_URL);
  }

  async openDynamicFeed(): Promise<void> {
    await this.page.goto(BILIBILI_DYNAMIC_URL);
  }

  /**
   * For each comment and reply, in order: the annotation right after its
   * `#contents`, inside the bili-rich-text shadow root.
   */
  async commentAnnotations(): Promise<NextToAnchor[]> {
    return this.page.evaluate(() => {
      const feed = document.querySelector('#commentapp > bili-comments')?.shadowRoot;
      const contentsOf = (renderer: Element | null | undefined) => renderer?.shadowRoot?.querySelector('bili-rich-text')?.shadowRoot?.querySelector('#contents');
      const anchors = [...(feed?.querySelectorAll('#feed > bili-comment-thread-renderer') ?? [])].flatMap((thread) => {
        const root = thread.shadowRoot;
        const replies = root?.querySelector('bili-comment-replies-renderer')?.shadowRoot?.querySelectorAll('bili-comment-reply-renderer') ?? [];
        return [contentsOf(root?.querySelector('#comment')), ...[...replies].map(contentsOf)];
      });
      return anchors.map((anchor) => {
        const next = anchor?.nextElementSibling;
        return { postId: next?.getAttribute('data-ferry-post-id') ?? null, status: next?.getAttribute('data-ferry-status') ?? null };
      });
    });
  }
}
