import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { storedSecrets, storeSecrets } from './pages/stored-settings';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

// SECURITY.md, "API keys": what Ferry's content-script world on a site can reach. A compromised renderer
// runs code there; it can read and write storage.local but not the extension origin's IndexedDB.
test.describe('API keys out of content scripts’ reach', () => {
  test('a script in Ferry’s content-script world on a site finds no key in any storage it can open', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotations.first()).toHaveAttribute('data-ferry-status', 'done', { timeout: 45_000 });

    const found = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.xiaohongshu.com/*' });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        // The ISOLATED world: the same world, APIs and origin as Ferry's content script.
        func: async () => {
          const local = JSON.stringify(await chrome.storage.local.get(null));
          const session = await chrome.storage.session?.get(null).then(JSON.stringify, () => 'denied');
          const databases = (await indexedDB.databases()).map((database) => database.name);
          return { local, session, databases, origin: location.origin };
        },
      });
      return injection!.result as { local: string; session: string; databases: string[]; origin: string };
    });
    expect(found.origin).toBe('https://www.xiaohongshu.com');
    expect(found.local).not.toContain(MOCK_OPENAI_KEY);
    expect(found.local).not.toContain('secrets');
    expect(found.session ?? '').not.toContain(MOCK_OPENAI_KEY);
    expect(found.databases).not.toContain('ferry-private');
    // The key is still there for the background.
    expect((await storedSecrets(serviceWorker)).openaiCompatibleApiKey).toBe(MOCK_OPENAI_KEY);
  });

});
