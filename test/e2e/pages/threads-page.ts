import type { Locator, Page } from '@playwright/test';
import { THREADS_NET_POST_URL, THREADS_POST_URL } from '../routes/threads';

export const POST_CODE = 'C9xYzAbCdEf';

const POST = 'div[data-pressable-container="true"]';

interface ThreadsFixture {
  loadMoreReplies(): void;
  rerender(): void;
  navigate(path: string): void;
}

/** The Threads fixture (a post page that also renders the feed) and the annotations Ferry draws on it. */
export class ThreadsPage {
  constructor(readonly page: Page) {}

  async openPost({ host = 'threads.com' }: { host?: 'threads.com' | 'threads.net' } = {}): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1700 });
    await this.page.goto(host === 'threads.com' ? THREADS_POST_URL : THREADS_NET_POST_URL);
  }

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  annotation(code: string): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${code}"][data-ferry-part="text"]`);
  }

  annotationText(code: string): Locator {
    return this.annotation(code).locator('.text');
  }

  post(code: string): Locator {
    return this.page.locator(POST).filter({ has: this.page.locator(`a[href$="/post/${code}"]`) });
  }

  get composer(): Locator {
    return this.page.locator('[contenteditable="true"][role="textbox"]');
  }

  /** Every post's code (from its own permalink), in page order. */
  async postCodes(): Promise<string[]> {
    return this.page.evaluate((post) => [...document.querySelectorAll(post)].map((el) => el.querySelector('a[href*="/post/"]')?.getAttribute('href')?.split('/post/')[1] ?? ''), POST);
  }

  async annotationCountsPerPost(): Promise<Record<string, number>> {
    const codes = await this.postCodes();
    return this.page.evaluate(
      (codes) => Object.fromEntries(codes.map((code) => [code, document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${code}"]`).length])),
      codes,
    );
  }

  /** True when every post's annotation sits right after that post's own text block. */
  async annotationsNextToTheirPosts(): Promise<boolean> {
    return this.page.evaluate(
      (post) =>
        [...document.querySelectorAll(post)].every((el) => {
          const code = el.querySelector('a[href*="/post/"]')?.getAttribute('href')?.split('/post/')[1];
          return el.querySelector('.x1body')?.nextElementSibling?.getAttribute('data-ferry-post-id') === code;
        }),
      POST,
    );
  }

  async loadMoreReplies(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show more replies' }).click();
  }

  async rerender(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: ThreadsFixture }).__fixture.rerender());
  }

  /** Opens a post the way a reader does: a click on its time, the permalink. */
  async openFromTime(code: string): Promise<void> {
    await this.post(code).locator('time').click();
  }

  async goToFeed(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: ThreadsFixture }).__fixture.navigate('/'));
  }
}
