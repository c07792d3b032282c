import { describe, expect, it } from 'vitest';
import { TranslationCache } from '../cache/translation-cache';
import type { EngineId } from '../settings/schema';
import { TranslationService } from './translation-service';
import type { EngineOutput, TranslationEngine } from './types';

function engine(id: EngineId, answer: (texts: string[]) => EngineOutput): TranslationEngine & { calls: number } {
  const fake = {
    id,
    cacheVariant: 'v1',
    calls: 0,
    capabilities: { maxSegments: 100, maxChars: 10_000, html: false, streaming: false, remote: true, languages: 'any' as const, rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 4 } },
    async translate({ texts }: { texts: string[] }) {
      fake.calls++;
      return answer(texts);
    },
  };
  return fake;
}

function service(engines: TranslationEngine[]) {
  return new TranslationService({
    cache: new TranslationCache({ dbName: `empty-answer-${Math.random()}` }),
    engines: async () => engines,
    detectLanguage: async () => ({ language: 'zh-Hans', reliable: true }),
    sleep: async () => {},
  });
}

describe('TranslationService with an engine that answers nothing', () => {
  it('reports an empty translation as a bad response instead of a blank card', async () => {
    const empty = engine('microsoft-edge', (texts) => ({ translations: texts.map(() => ' ') }));
    const results = await service([empty]).translate([{ key: 'a', text: '你好' }], 'en', { persist: false });
    expect(results).toMatchObject([{ key: 'a', status: 'error', error: { code: 'engine-bad-response', engine: 'microsoft-edge' } }]);
  });

  it('asks the next engine when the first answers with empty strings', async () => {
    const empty = engine('microsoft-edge', (texts) => ({ translations: texts.map(() => '') }));
    const next = engine('google-free', (texts) => ({ translations: texts.map((text) => `G:${text}`) }));
    const results = await service([empty, next]).translate([{ key: 'a', text: '你好' }], 'en', { persist: false });
    expect(results).toMatchObject([{ key: 'a', status: 'done', translation: 'G:你好', engine: 'google-free' }]);
    expect(empty.calls).toBe(1);
  });
});
