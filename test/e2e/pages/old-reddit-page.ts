import type { Locator, Page } from '@playwright/test';
import { OLD_REDDIT_POST_URL } from '../routes/old-reddit';

export const POST_ID = 't3_1j9x2ab';

/** An old.reddit.com comments page fixture and Ferry's annotations on it. */
export class OldRedditPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 2000 });
    await this.page.goto(OLD_REDDIT_POST_URL);
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
    return this.page.locator('.thing.comment[data-fullname]').evaluateAll((items) => items.map((item) => item.getAttribute('data-fullname')!));
  }

  /** For every comment: one annotation, right after its own `.md` text. */
  async commentPlacement(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const thing of document.querySelectorAll('.thing.comment[data-fullname]')) {
        const id = thing.getAttribute('data-fullname')!;
        const hosts = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`);
        const text = thing.querySelector(':scope > .entry .usertext-body > .md');
        out[id] = hosts.length === 1 && hosts[0]!.previousElementSibling === text ? 'one, in place' : `${hosts.length}, misplaced`;
      }
      return out;
    });
  }

  async toggleComment(id: string): Promise<void> {
    await this.page.locator(`.thing[data-fullname="${id}"] > .entry .tagline a.expand`).click();
  }

  async loadMoreComments(): Promise<void> {
    await this.page.getByRole('link', { name: 'load more comments' }).click();
  }
}
