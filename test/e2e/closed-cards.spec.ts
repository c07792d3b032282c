import type { BrowserContext, Worker } from '@playwright/test';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, launchWithExtension, PRODUCTION_EXTENSION_DIR, test, pointEnginesAtLoopback } from './fixtures';
import { storeSecrets } from './pages/stored-settings';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const ZHONG_CAO_COMMENT = '67d0f1a2000000001e01b3c1';

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
}

// SECURITY.md, "Cards": a page script can neither read Ferry's cards nor click them.
test.describe('cards a page cannot read or click', () => {
  test.setTimeout(120_000);

  test('production build: a page script finds no shadow root, no card text and no Explain button to press', async ({ engine }) => {
    const { context, dispose } = await launchWithExtension('en-US', PRODUCTION_EXTENSION_DIR);
    try {
      const serviceWorker = await extensionWorker(context);
      await pointEnginesAtLoopback(serviceWorker, engine);
      await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
      const xhs = new XiaohongshuPage(await context.newPage());
      await xhs.openNote();
      const card = xhs.annotation(ZHONG_CAO_COMMENT);
      await expect(card).toHaveAttribute('data-ferry-status', 'done', { timeout: 45_000 });

      // What the page's own scripts see (the main world): the public host attributes, nothing inside.
      const seen = await xhs.page.evaluate(() => {
        const hosts = [...document.querySelectorAll<HTMLElement>('[data-ferry]')];
        const roots = hosts.filter((host) => host.shadowRoot !== null).length;
        const buttons = [...document.querySelectorAll('button')].filter((button) => /Explain/.test(button.textContent ?? '')).length;
        for (const host of hosts) host.click();
        return { hosts: hosts.length, roots, text: hosts.map((host) => host.innerText + host.textContent).join(''), buttons };
      });
      expect(seen.hosts).toBeGreaterThan(0);
      expect(seen.roots).toBe(0);
      expect(seen.text).toBe('');
      expect(seen.buttons).toBe(0);
      expect(engine.requests.filter((request) => request.path === '/v1/chat/completions' && JSON.stringify(request.body).includes('"post'))).toHaveLength(0);
      await expect(card).not.toHaveAttribute('data-ferry-explain', /./);
    } finally {
      await dispose();
    }
  });

  test('a script that does reach a card (e2e build, open roots) cannot press Explain, a note chip or Retry', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    const card = xhs.annotation(ZHONG_CAO_COMMENT);
    await expect(card).toHaveAttribute('data-ferry-status', 'done', { timeout: 45_000 });
    await expect(card.getByRole('button', { name: 'Explain this post' })).toBeVisible();

    const pressed = await card.evaluate((host) => {
      const root = host.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      return { buttons: buttons.length, expanded: root.querySelectorAll('[aria-expanded="true"]').length };
    });
    expect(pressed.buttons).toBeGreaterThan(1);
    expect(pressed.expanded).toBe(0);
    // Give a started request time to arrive, then check none did.
    await xhs.page.waitForTimeout(1_000);
    await expect(card).not.toHaveAttribute('data-ferry-explain', /./);
    expect(engine.requests.filter((request) => request.path === '/v1/chat/completions' && JSON.stringify(request.body).includes('"post'))).toHaveLength(0);

    // The reader's own click still works.
    await card.getByRole('button', { name: 'Explain this post' }).click();
    await expect(card).toHaveAttribute('data-ferry-explain', 'done');
  });
});
