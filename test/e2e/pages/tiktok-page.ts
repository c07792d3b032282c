import type { Locator, Page } from '@playwright/test';
import { TIKTOK_VIDEO_URL } from '../routes/tiktok';

export const VIDEO_ID = '7412583690123456789';
export const NEXT_VIDEO_ID = '7419876543210987654';

const COMMENT = '[class*="DivCommentListContainer"] [class*="DivCommentItemContainer"]';
const ROW = ':scope > [class*="DivCommentContentContainer"][id]';

interface TiktokFixture {
  loadMoreComments(): void;
  rerenderComments(): void;
  navigate(index: number): void;
}

/** The TikTok video page fixture and the annotations Ferry draws on it. */
export class TiktokPage {
  constructor(readonly page: Page) {}

  /** A window tall enough that the whole comment panel is on screen (Ferry translates what is in view). */
  async openVideo(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1700 });
    await this.page.goto(TIKTOK_VIDEO_URL);
  }

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  annotation(postId: string, part: 'body' | 'text' = 'text'): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${postId}"][data-ferry-part="${part}"]`);
  }

  annotationText(postId: string, part: 'body' | 'text' = 'text'): Locator {
    return this.annotation(postId, part).locator('.text');
  }

  get captionRow(): Locator {
    return this.page.locator('[class*="DivDescriptionContentWrapper"] > [class*="DivMainContent"]');
  }

  get composer(): Locator {
    return this.page.locator('[data-e2e="comment-input"]');
  }

  async commentIds(): Promise<string[]> {
    return this.page.evaluate(
      ({ comment, row }) => [...document.querySelectorAll(comment)].map((item) => item.querySelector(row)?.id ?? ''),
      { comment: COMMENT, row: ROW },
    );
  }

  /** For every comment on the page, how many translation annotations carry its id. */
  async annotationCountsPerComment(): Promise<Record<string, number>> {
    return this.page.evaluate(
      ({ comment, row }) => {
        const counts: Record<string, number> = {};
        for (const item of document.querySelectorAll(comment)) {
          const id = item.querySelector(row)?.id ?? '';
          counts[id] = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`).length;
        }
        return counts;
      },
      { comment: COMMENT, row: ROW },
    );
  }

  /** True when every comment's annotation sits right after that comment's own text. */
  async annotationsNextToTheirComments(): Promise<boolean> {
    return this.page.evaluate(
      ({ comment, row }) =>
        [...document.querySelectorAll(comment)].every((item) => {
          const content = item.querySelector(row);
          const next = content?.querySelector('[data-e2e^="comment-level-"]')?.nextElementSibling;
          return !!content && next?.getAttribute('data-ferry-post-id') === content.id;
        }),
      { comment: COMMENT, row: ROW },
    );
  }

  async rerenderComments(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: TiktokFixture }).__fixture.rerenderComments());
  }

  async loadMoreComments(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: TiktokFixture }).__fixture.loadMoreComments());
  }

  async viewMoreReplies(): Promise<void> {
    await this.page.locator('[class*="DivViewRepliesContainer"]').first().click();
  }

  /** Swipes to the next video: the URL changes and the panel's elements are reused. */
  async nextVideo(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: TiktokFixture }).__fixture.navigate(1));
  }
}
