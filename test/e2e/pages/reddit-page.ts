import type { Locator, Page } from '@playwright/test';
import { REDDIT_POST_URL } from '../routes/reddit';

export const POST_ID = 't3_1j9x2ab';

/** A www.reddit.com (shreddit) post page fixture and Ferry's annotations on it. */
export class RedditPage {
  constructor(readonly page: Page) {}

  /** Tall enough that every comment is on or near the screen (Ferry only translates what is in view). */
  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 2000 });
    await this.page.goto(REDDIT_POST_URL);
  }

  annotation(id: string, part: 'title' | 'body' | 'text' = 'text'): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${id}"][data-ferry-part="${part}"]`);
  }

  annotationText(id: string, part: 'title' | 'body' | 'text' = 'text'): Locator {
    return this.annotation(id, part).locator('.text');
  }

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  async commentIds(): Promise<string[]> {
    return this.page.locator('shreddit-comment[thingid]').evaluateAll((items) => items.map((item) => item.getAttribute('thingid')!));
  }

  /**
   * For every comment: how many annotations carry its id, and whether the one
   * it has sits in its own `comment` slot right after its text and is rendered.
   */
  async commentPlacement(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const comment of document.querySelectorAll('shreddit-comment[thingid]')) {
        const id = comment.getAttribute('thingid')!;
        const hosts = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`);
        const text = comment.querySelector(':scope > [slot="comment"]');
        const host = hosts[0];
        const placed = hosts.length === 1 && host!.previousElementSibling === text && (host!.getAttribute('data-ferry-skipped') !== null || host!.getBoundingClientRect().height > 0);
        out[id] = placed ? 'one, in place' : `${hosts.length}, misplaced`;
      }
      return out;
    });
  }

  async loadMoreReplies(): Promise<void> {
    await this.page.getByRole('button', { name: '2 more replies' }).click();
  }

  async rerenderComments(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: { rerenderComments(): void } }).__fixture.rerenderComments());
  }
}
