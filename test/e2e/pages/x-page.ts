import type { Locator, Page } from '@playwright/test';
import { X_HOME_URL, X_STATUS_URL } from '../routes/x';

type Fixture = {
  recycleRow(index: number, id: string): void;
  recycleTopRow(): { from: string; to: string };
  expandShowMore(): void;
  rerender(): void;
  loadMoreReplies(): void;
  insertReply(id: string): void;
};

/** An X fixture page (home timeline or a status page) and Ferry's annotations on it. */
export class XPage {
  constructor(readonly page: Page) {}

  /** A window tall enough that every row is on or near the screen (Ferry only translates what is in view). */
  async openHome(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 2400 });
    await this.page.goto(X_HOME_URL);
  }

  async openStatus(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 2400 });
    await this.page.goto(X_STATUS_URL);
  }

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  annotation(statusId: string): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${statusId}"]`);
  }

  annotationText(statusId: string): Locator {
    return this.annotation(statusId).locator('.text');
  }

  async fixture<K extends keyof Fixture>(name: K, ...args: Parameters<Fixture[K]>): Promise<ReturnType<Fixture[K]>> {
    return this.page.evaluate(
      ({ name, args }) => {
        const api = (window as unknown as { __fixture: Record<string, (...values: unknown[]) => unknown> }).__fixture;
        return api[name]!(...args);
      },
      { name, args: args as unknown[] },
    ) as Promise<ReturnType<Fixture[K]>>;
  }

  /**
   * For every tweet and quoted tweet on screen: its status id, how many
   * annotations carry that id, and whether the one it has sits inside that
   * same tweet (or quote card), below its text.
   */
  async placement(): Promise<{ id: string; count: number; inside: boolean }[]> {
    return this.page.evaluate(() => {
      const out: { id: string; count: number; inside: boolean }[] = [];
      const idOf = (scope: Element, skip?: Element) => {
        for (const time of scope.querySelectorAll('a[href*="/status/"] > time')) {
          if (skip?.contains(time)) continue;
          return time.parentElement!.getAttribute('href')!.split('/status/')[1]!;
        }
        return '';
      };
      for (const article of document.querySelectorAll('article[data-testid="tweet"]')) {
        const quote = article.querySelector('div[role="link"][tabindex="0"]') ?? undefined;
        const scopes: [string, Element, Element | undefined][] = [[idOf(article, quote), article, quote]];
        if (quote) scopes.push([idOf(quote), quote, undefined]);
        for (const [id, scope, skip] of scopes) {
          const hosts = [...document.querySelectorAll(`[data-ferry="annotation"][data-ferry-post-id="${id}"]`)];
          const text = [...scope.querySelectorAll('[data-testid="tweetText"]')].find((node) => !skip?.contains(node));
          const inside =
            hosts.length === 1 &&
            scope.contains(hosts[0]!) &&
            !skip?.contains(hosts[0]!) &&
            !!text &&
            hosts[0]!.getBoundingClientRect().top >= text.getBoundingClientRect().bottom - 1;
          out.push({ id, count: hosts.length, inside });
        }
      }
      return out;
    });
  }

  /**
   * What is wrong with the layout, if anything: rows of the virtualised list
   * must not overlap, and every annotation must span its text column.
   */
  async layoutProblems(): Promise<string[]> {
    return this.page.evaluate(() => {
      const problems: string[] = [];
      const rows = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
      rows.forEach((row, i) => {
        if (i > 0 && row.top < rows[i - 1]!.bottom - 1) problems.push(`row ${i} at ${row.top} overlaps the one ending at ${rows[i - 1]!.bottom}`);
      });
      for (const host of document.querySelectorAll('[data-ferry="annotation"][data-ferry-status="done"]:not([hidden])')) {
        const parent = host.parentElement!;
        const style = getComputedStyle(parent);
        const column = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const box = host.getBoundingClientRect();
        if (box.width < column - 1 || box.height === 0) problems.push(`${host.getAttribute('data-ferry-post-id')} is ${box.width}x${box.height} in a ${column} column`);
      }
      return problems;
    });
  }

}
