import type { Page } from '@playwright/test';
import { expect, test, pointEnginesAtLoopback } from './fixtures';

/*
 * The fixtures derived from real saved pages (test/fixtures/sites/*\/real-*.html),
 * served at the real origins: every post, comment, repost and reply with
 * readable text gets exactly one translation per part, right after its text.
 * Items are enumerated from the page's own units, not from Ferry's selectors.
 */

interface Site {
  url: string;
  /** Post, comment and reply elements, outermost first. */
  units: string;
  /** Relative to a unit: the element whose text the reader reads (absent: nothing to translate). */
  text: string;
  /** Translations expected in total (a post's title and body are two). */
  expected: number;
}

/** Scrolls the window and any inner scroller through the page until the annotation count settles at `expected`. */
async function annotateWholePage(page: Page, expected: number): Promise<void> {
  const annotations = page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  await expect(async () => {
    await page.evaluate(() => {
      const step = window.innerHeight * 0.8;
      window.scrollBy(0, step);
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) window.scrollTo(0, 0);
      for (const scroller of document.querySelectorAll('.note-scroller')) scroller.scrollBy(0, step);
    });
    expect(await annotations.count()).toBe(expected);
  }).toPass({ timeout: 60_000, intervals: [400] });
}

/** For each unit with readable text: how many translations sit in it (not in a nested unit), and whether each follows its text. */
async function placement(page: Page, site: Site): Promise<{ readable: number; wrong: string[] }> {
  return page.evaluate(({ units, text }) => {
    const all = [...document.querySelectorAll(units)];
    const innermost = (node: Element) => all.filter((unit) => unit.contains(node)).at(-1);
    const hosts = [...document.querySelectorAll('[data-ferry="annotation"][data-ferry-kind="translation"]')];
    const wrong: string[] = [];
    let readable = 0;
    for (const unit of all) {
      const source = unit.querySelector(text);
      const mine = hosts.filter((host) => innermost(host) === unit);
      if (!source || !/[\p{L}\p{N}]/u.test(source.textContent ?? '')) {
        if (mine.length > 0) wrong.push(`${mine.length} on an item without text`);
        continue;
      }
      readable++;
      const ids = new Set(mine.map((host) => `${host.getAttribute('data-ferry-post-id')}/${host.getAttribute('data-ferry-part')}`));
      const parts = new Set(mine.map((host) => host.getAttribute('data-ferry-part')));
      if (mine.length === 0 || ids.size !== mine.length || parts.size !== mine.length) wrong.push(`${mine.length} on "${source.textContent!.trim().slice(0, 30)}"`);
      // Next to its text: the annotation directly follows the element it translates (its previous sibling holds text).
      for (const host of mine) if (!host.previousElementSibling || !/[\p{L}\p{N}]/u.test(host.previousElementSibling.textContent ?? '')) wrong.push('not next to its text');
    }
    return { readable, wrong };
  }, site);
}

test.describe('real pages for a Chinese reader', () => {
  test.use({ browserLocale: 'zh-CN' });

  test('Reddit (saved 2024-05): the title, the body and each of the 9 comments and replies with text get one translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.goto('https://www.reddit.com/r/BoomersBeingFools/comments/1cq6hci/boomer_did_not_like_the_fact_i_took_down_the/');
    const site = { units: 'shreddit-post, shreddit-comment', text: ':scope > [slot="comment"], :scope > [slot="text-body"]', expected: 2 + 9 } as Site;
    await annotateWholePage(page, site.expected);
    expect(await placement(page, site)).toEqual({ readable: 10, wrong: [] });
    // Each comment's translation renders through the comment slot, right under its text.
    const rendered = await page
      .locator('shreddit-comment > [data-ferry="annotation"]')
      .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('slot') === 'comment' && host.getBoundingClientRect().height > 0));
    expect(rendered).toEqual(Array(9).fill(true));
    await page.locator('shreddit-comment[depth="1"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/reddit-real-page.png' });
  });
});

test.describe('real pages for an English reader', () => {
  test('Weibo (saved 2025-09): the post and each of the 37 comments and 13 replies with text get one translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('https://weibo.com/6000007919/Q4q6rv6rH');
    const site = { units: 'article.woo-panel-main, .item1, .item2', text: ':scope .wbpro-feed-ogText, :scope .text:has(> a[usercard]) > span', expected: 1 + 37 + 13 } as Site;
    await annotateWholePage(page, site.expected);
    expect(await placement(page, site)).toEqual({ readable: 51, wrong: [] });
    await page.locator('.item2').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/weibo-real-page.png' });
  });

  test('Xiaohongshu (saved 2025-01): the title, the body and each of the 20 comments and 15 replies get one translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('https://www.xiaohongshu.com/explore/6785dbeb0000000018012f7c');
    const site = { units: '#noteContainer, .comment-item', text: ':scope > .comment-inner-container .content, :scope #detail-desc', expected: 2 + 35 } as Site;
    await annotateWholePage(page, site.expected);
    expect(await placement(page, site)).toEqual({ readable: 36, wrong: [] });
    await page.locator('.comment-item-sub').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/xiaohongshu-real-page.png' });
  });
});
