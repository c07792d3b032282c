import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationCache } from '@/core/cache/translation-cache';
import { TranslationService } from '@/core/engines/translation-service';
import type { TranslationEngine } from '@/core/engines/types';
import { FerryError } from '@/core/messaging/errors';
import type { MessageSender } from '@/core/messaging/router';
import { createHandlers } from './handlers';

// Notes are an extra with their own tests; here the knowledge packs (extension assets) are left out.
vi.mock('./knowledge-service', () => ({ attachNotes: async <T>(results: T) => results, loadMatcher: async () => undefined }));

let dbCount = 0;

function setup() {
  const calls: string[][] = [];
  const engine: TranslationEngine = {
    id: 'microsoft-edge',
    cacheVariant: 'v1',
    capabilities: { maxSegments: 100, maxChars: 10_000, html: false, streaming: false, remote: true, languages: 'any', rate: { requestsPerSecond: 100, burst: 100, concurrency: 4 } },
    async translate(batch) {
      calls.push(batch.texts);
      return { translations: batch.texts.map((text) => `en:${text}`) };
    },
  };
  const cache = new TranslationCache({ dbName: `handlers-test-${++dbCount}` });
  const service = new TranslationService({ cache, engines: async () => [engine], detectLanguage: async () => ({ language: 'zh-Hans', reliable: true }) });
  return { cache, calls, handlers: createHandlers(cache, service) };
}

const tab = (incognito: boolean): MessageSender => ({ id: fakeBrowser.runtime.id, tab: { id: 7, incognito } } as MessageSender);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('background handlers', () => {
  it('writes nothing to disk for a tab in a private window', async () => {
    const { cache, handlers } = setup();
    const { results } = await handlers.translate({ segments: [{ key: 'a', text: '隐身窗口' }], targetLanguage: 'en' }, tab(true));
    expect(results).toMatchObject([{ key: 'a', status: 'done', translation: 'en:隐身窗口' }]);
    expect((await cache.stats()).entries).toBe(0);
    await handlers.translate({ segments: [{ key: 'b', text: '普通窗口' }], targetLanguage: 'en' }, tab(false));
    expect((await cache.stats()).entries).toBe(1);
  });

  it('reports a full disk as the last error while translations keep coming', async () => {
    const { cache, handlers } = setup();
    vi.spyOn(cache, 'putMany').mockImplementation(async () => {
      cache.writeError = Object.assign(new FerryError('storage-full', 'quota'), { at: 1 });
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { results } = await handlers.translate({ segments: [{ key: 'a', text: '满了' }], targetLanguage: 'en' }, tab(false));
    expect(results).toMatchObject([{ status: 'done', translation: 'en:满了' }]);
    const status = await handlers.getStatus({}, { id: fakeBrowser.runtime.id } as MessageSender);
    expect(status.lastError).toMatchObject({ code: 'storage-full' });
    expect(await handlers.getCacheStats({}, { id: fakeBrowser.runtime.id } as MessageSender)).toMatchObject({ writeError: { code: 'storage-full', at: 1 } });
  });
});
