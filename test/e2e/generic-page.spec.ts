import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

const ARTICLE = readFileSync(path.resolve('test/fixtures/sites/generic-page/article.html'), 'utf8');

/** A site Ferry has no adapter for, on loopback (which the extension may reach without asking). */
async function serveArticle(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(ARTICLE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/travel/chunyun.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test.describe('translate this page', () => {
  test.setTimeout(120_000);

  test('on an unsupported page nothing happens until asked; then the prose gets one translation each and the chrome none', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const site = await serveArticle();
    try {
      const page = await context.newPage();
      // Tall enough that the whole article is on screen (Ferry translates what is in view).
      await page.setViewportSize({ width: 900, height: 1600 });
      await page.goto(site.url);
      // Not a supported site: Ferry does not read it on its own.
      await page.waitForTimeout(500);
      await expect(page.locator('[data-ferry]')).toHaveCount(0);
      expect(engine.requests.length).toBe(0);

      const popup = await PopupPage.open(context, extensionId);
      await expect(popup.siteStatus).toHaveText('This page is not a supported site.');
      await popup.page.getByTestId('translate-page').click();
      await expect(popup.page.getByTestId('translate-page-status')).toHaveText(/Translating the readable text/);

      const annotations = page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
      await expect(annotations).toHaveCount(13);
      await expect.poll(() => annotations.evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-ferry-status')))).toEqual(Array(13).fill('done'));
      await expect(page.locator('h1 + [data-ferry="annotation"]')).toHaveAttribute('data-ferry-status', 'done');
      await expect(page.locator('h1 + [data-ferry="annotation"] .text')).toHaveText('⟨en⟩ 春运回家指南：抢票、行李和年夜饭');
      // Navigation, the search form, the footer, code and the editor are left alone.
      for (const untouched of ['nav', 'form', 'footer', 'pre', '[contenteditable]', 'aside']) {
        await expect(page.locator(`${untouched} [data-ferry]`)).toHaveCount(0);
      }
      await page.screenshot({ path: 'docs/screenshots/generic-page.png' });

      // A second click (or a second popup) does not start a second Ferry.
      await popup.page.close();
      await page.bringToFront();
      const again = await PopupPage.open(context, extensionId);
      await again.page.getByTestId('translate-page').click();
      await expect(again.page.getByTestId('translate-page-status')).toBeVisible();
      await page.waitForTimeout(500);
      await expect(annotations).toHaveCount(13);
    } finally {
      await site.close();
    }
  });

  test('a browser page is off limits and the popup says so instead of offering a button', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto('about:blank');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByTestId('translate-page')).toHaveCount(0);
    await expect(popup.page.getByTestId('page-off-limits')).toHaveText('Browsers do not let extensions read this kind of page.');
  });
});
