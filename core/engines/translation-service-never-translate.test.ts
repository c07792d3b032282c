import { describe, expect, it } from 'vitest';
import { TranslationCache } from '../cache/translation-cache';
import { TranslationService } from './translation-service';
import type { TranslationEngine } from './types';

function countingEngine(): TranslationEngine & { calls: number } {
  const fake = {
    id: 'microsoft-edge' as const,
    cacheVariant: 'v1',
    calls: 0,
    capabilities: { maxSegments: 100, maxChars: 10_000, html: false, streaming: false, remote: true, languages: 'any' as const, rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 4 } },
    async translate({ texts }: { texts: string[] }) {
      fake.calls++;
      return { translations: texts.map((text) => `T:${text}`) };
    },
  };
  return fake;
}

describe('TranslationService never-translate list', () => {
  const detect = async (text: string) => ({ language: /[à-ÿ]/.test(text) ? 'fr' : 'zh-Hans', reliable: true });

  it('skips text in a listed language without asking an engine, and still translates the rest', async () => {
    const engine = countingEngine();
    const service = new TranslationService({ cache: new TranslationCache({ dbName: `never-${Math.random()}` }), engines: async () => [engine], detectLanguage: detect, sleep: async () => {} });
    const results = await service.translate(
      [
        { key: 'fr', text: 'Ça va très bien' },
        { key: 'zh', text: '你好' },
      ],
      'en',
      { persist: false, neverTranslate: ['fr'] },
    );
    expect(results).toMatchObject([
      { key: 'fr', status: 'skipped', sourceLanguage: 'fr' },
      { key: 'zh', status: 'done', translation: 'T:你好' },
    ]);
    expect(engine.calls).toBe(1);
  });
});
