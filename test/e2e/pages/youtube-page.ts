import type { Locator, Page } from '@playwright/test';
import { YOUTUBE_WATCH_URL } from '../routes/youtube';

export const VIDEO_ID = 'Vb1cKq9xT0A';
export const NEXT_VIDEO_ID = 'Qm7pL2sRn4E';

type Fixture = { sortNewest(): void; navigate(id?: string): void; expandDescription(): void };

/** A YouTube watch page fixture and Ferry's annotations on it. */
export class YoutubePage {
  constructor(readonly page: Page) {}

  /** Tall enough that every comment is on or near the screen (Ferry only translates what is in view). */
  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 2200 });
    await this.page.goto(YOUTUBE_WATCH_URL);
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

  async fixture<K extends keyof Fixture>(name: K, ...args: Parameters<Fixture[K]>): Promise<void> {
    await this.page.evaluate(
      ({ name, args }) => {
        const api = (window as unknown as { __fixture: Record<string, (...values: unknown[]) => unknown> }).__fixture;
        api[name]!(...args);
      },
      { name, args: args as unknown[] },
    );
  }

  /**
   * For every comment on the page (by the `lc` id in its timestamp link): how
   * many annotations carry its id, and whether the one it has sits in that
   * comment right after its clamped expander, unclipped.
   */
  async commentPlacement(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const comment of document.querySelectorAll('ytd-comments ytd-comment-view-model')) {
        const href = comment.querySelector('[id="published-time-text"] a')!.getAttribute('href')!;
        const id = new URL(href, location.href).searchParams.get('lc')!;
        const hosts = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`);
        const expander = comment.querySelector('ytd-expander');
        const host = hosts[0];
        const placed = hosts.length === 1 && host!.previousElementSibling === expander && host!.closest('ytd-comment-view-model') === comment;
        out[id] = placed ? 'one, in place' : `${hosts.length}, misplaced`;
      }
      return out;
    });
  }
}
