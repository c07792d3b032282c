import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { REDDIT_POST_URL } from './routes/reddit';

test.use({ browserLocale: 'zh-CN' });

/** Reddit after a redesign Ferry does not know: the components it looks for are renamed; the text is all still there. */
async function serveRedesignedReddit(context: BrowserContext): Promise<void> {
  const html = readFileSync(path.resolve('test/fixtures/sites/reddit/post-page.html'), 'utf8').replace(/shreddit-(post|comment)\b/g, 'reddit-$1-v2');
  // Registered after the site routes, so it answers first.
  await context.route('https://www.reddit.com/r/AskNYC/**', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' }),
  );
}

test.describe('a site page whose layout Ferry does not recognise', () => {
  test.setTimeout(120_000);

  test('Ferry says so once on the page and in the popup, copies diagnostics without page text, and the generic translator takes over', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await serveRedesignedReddit(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.goto(REDDIT_POST_URL);

    const notice = page.locator('ferry-layout-notice');
    await expect(notice).toHaveCount(1, { timeout: 15_000 });
    await expect(notice.getByRole('status')).toContainText('Ferry 无法识别此页面');
    await expect(notice.getByRole('status')).toContainText('无法识别Reddit的页面布局');
    const annotations = page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
    await expect(annotations).toHaveCount(0);
    expect(engine.requests.length).toBe(0);
    await page.screenshot({ path: 'docs/screenshots/layout-fallback-notice.png' });

    // The popup says the same, and copies what a bug report needs: adapter and selectors, no page text.
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByTestId('layout-fallback')).toContainText('无法识别页面布局');
    await popup.page.getByTestId('copy-diagnostics').click();
    await expect(popup.page.getByTestId('copy-diagnostics-status')).toHaveText('诊断信息已复制。请粘贴到问题报告中；其中不含页面文字。');
    const report = await popup.page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('adapter: reddit');
    expect(report).toContain('host: www.reddit.com');
    expect(report).toContain('post: shreddit-post[id^="t3_"]');
    expect(report).toContain('comment: shreddit-comment[thingid^="t1_"]');
    expect(report).not.toMatch(/dumpling|AskNYC|Toronto/);
    await popup.page.screenshot({ path: 'docs/screenshots/layout-fallback-popup.png' });
    await popup.page.close();

    // The notice's button starts the generic page translator: the prose gets translations, the notice goes.
    await page.bringToFront();
    await notice.getByRole('button', { name: '翻译此页面' }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => annotations.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('[data-ferry="annotation"][data-ferry-status="done"]').first()).toBeVisible();
    const translated = engine.requests.map((request) => String(request.raw)).join('\n');
    expect(translated).toContain('Where do you get the best soup dumplings in Manhattan?');
    await page.screenshot({ path: 'docs/screenshots/layout-fallback-translated.png' });
  });

  test('dismissed, the notice stays away on that page and nothing is translated; a recognised page shows none', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await serveRedesignedReddit(context);
    const page = await context.newPage();
    await page.goto(REDDIT_POST_URL);
    const notice = page.locator('ferry-layout-notice');
    await expect(notice).toHaveCount(1, { timeout: 15_000 });
    await notice.getByRole('button', { name: '关闭' }).click();
    await expect(notice).toHaveCount(0);
    await page.waitForTimeout(6_000);
    await expect(notice).toHaveCount(0);
    expect(engine.requests.length).toBe(0);

    const normal = await context.newPage();
    await normal.goto('https://weibo.com/6000007919/Q4q6rv6rH');
    await expect(normal.locator('[data-ferry="annotation"]').first()).toBeAttached();
    await normal.waitForTimeout(6_000);
    await expect(normal.locator('ferry-layout-notice')).toHaveCount(0);
  });
});
