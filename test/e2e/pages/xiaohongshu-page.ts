import type { Locator, Page } from '@playwright/test';
import { XHS_FEED_URL, XHS_NOTE_URL } from '../site-routes';

export const NOTE_ID = '6759a1c2000000000102a3b4';

/** A Xiaohongshu fixture page and the annotations Ferry draws on it. */
export class XiaohongshuPage {
  constructor(readonly page: Page) {}

  /**
   * `tall`: a window tall enough that every comment is on or near the screen,
   * so the whole note is translated at once (Ferry only translates what is in view).
   */
  async openNote({ tall = true }: { tall?: boolean } = {}): Promise<void> {
    if (tall) await this.page.setViewportSize({ width: 1280, height: 1700 });
    await this.page.goto(XHS_NOTE_URL);
  }

  /** Scrolls the note's own scroller (comments scroll inside it, not the window). */
  async scrollCommentsToEnd(): Promise<void> {
    await this.page.locator('#noteContainer .note-scroller').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  }

  async openFeed(): Promise<void> {
    await this.page.goto(XHS_FEED_URL);
  }

  /** Translations of the open note and its comments (feed cards have their own, see cardAnnotations). */
  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]:not([data-ferry-post-kind="card"])');
  }

  annotation(postId: string, part: 'title' | 'body' | 'text' = 'text'): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${postId}"][data-ferry-part="${part}"]:not([data-ferry-post-kind="card"])`);
  }

  /** The compact translations under feed card titles. */
  get cardAnnotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-kind="card"]');
  }

  cardAnnotation(noteId: string): Locator {
    return this.page.locator(`section.note-item [data-ferry="annotation"][data-ferry-post-kind="card"][data-ferry-post-id="${noteId}"]`);
  }

  /** The card text inside the annotation's open shadow root. */
  annotationText(postId: string, part: 'title' | 'body' | 'text' = 'text'): Locator {
    return this.annotation(postId, part).locator('.text');
  }

  /** Ferry's page-level notice for problems no retry fixes. */
  get notice(): Locator {
    return this.page.locator('[data-ferry="notice"]');
  }

  get comments(): Locator {
    return this.page.locator('#noteContainer .comment-item[id^="comment-"]');
  }

  async commentIds(): Promise<string[]> {
    return this.comments.evaluateAll((items) => items.map((item) => item.id.slice('comment-'.length)));
  }

  /** For every comment on the page, how many translation annotations carry its id. */
  async annotationCountsPerComment(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const item of document.querySelectorAll('#noteContainer .comment-item[id^="comment-"]')) {
        const id = item.id.slice('comment-'.length);
        counts[id] = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`).length;
      }
      return counts;
    });
  }

  /** True when every comment's annotation sits right after that comment's own text block. */
  async annotationsNextToTheirComments(): Promise<boolean> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('#noteContainer .comment-item[id^="comment-"]')].every((item) => {
        const content = item.querySelector(':scope > .comment-inner-container .right > .content');
        const next = content?.nextElementSibling;
        return next?.getAttribute('data-ferry-post-id') === item.id.slice('comment-'.length);
      }),
    );
  }

  async rerenderComments(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: { rerenderComments(): void } }).__fixture.rerenderComments());
  }

  async showMoreReplies(): Promise<void> {
    await this.page.locator('#noteContainer .show-more').first().click();
  }

  async openCard(index: number): Promise<void> {
    await this.page.locator('section.note-item:not(:has(.query-note-wrapper)) a.cover').nth(index).click();
  }

  async closeModal(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
