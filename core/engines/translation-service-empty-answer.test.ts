import { describe, expect, it } from 'vitest';
import { TranslationCache } from '../cache/translation-cache';
import type { EngineId } from '../settings/schema';
import { longestPlausibleAnswer, TranslationService } from './translation-service';
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

describe('TranslationService with an engine that answers far too much', () => {
  it('reports a runaway answer as a bad response, caches nothing and asks the next engine', async () => {
    const runaway = engine('openai-compatible', (texts) => ({ translations: texts.map((text) => `${text} `.repeat(300_000)) }));
    const next = engine('google-free', (texts) => ({ translations: texts.map((text) => `G:${text}`) }));
    const cache = new TranslationCache({ dbName: `runaway-${Math.random()}` });
    const translate = (engines: TranslationEngine[]) =>
      new TranslationService({ cache, engines: async () => engines, detectLanguage: async () => ({ language: 'zh-Hans', reliable: true }), sleep: async () => {} }).translate(
        [{ key: 'a', text: '你好' }],
        'en',
        { persist: true },
      );
    expect(await translate([runaway])).toMatchObject([{ key: 'a', status: 'error', error: { code: 'engine-bad-response', engine: 'openai-compatible' } }]);
    expect(await translate([runaway, next])).toMatchObject([{ key: 'a', status: 'done', translation: 'G:你好', engine: 'google-free', cached: false }]);
  });

  it('keeps long answers that are plausible for the text', async () => {
    const text = '很长的帖子'.repeat(2_000);
    const wordy = engine('microsoft-edge', (texts) => ({ translations: texts.map((source) => 'w'.repeat(longestPlausibleAnswer(source))) }));
    const [result] = await service([wordy]).translate([{ key: 'a', text }], 'en', { persist: false });
    expect(result).toMatchObject({ status: 'done', engine: 'microsoft-edge' });
    expect(result?.status === 'done' && result.translation.length).toBe(2_000 + text.length * 10);
  });
});
