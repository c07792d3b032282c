import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEngineServer, type EngineServer } from '../../test/mocks/engine-server';
import { MOCK_OPENAI_KEY, openAiCompatibleProvider } from '../../test/mocks/providers/openai-compatible';
import { cacheKey } from '../cache/cache-key';
import { TranslationCache } from '../cache/translation-cache';
import { FerryError } from '../messaging/errors';
import type { TranslationResult } from '../messaging/protocol';
import type { EngineId } from '../settings/schema';
import { RetryableEngineError } from './http';
import { createOpenAiCompatibleEngine } from './openai-compatible';
import { splitIntoBatches, TranslationService, type SegmentRequest, type TranslationServiceDeps } from './translation-service';
import type { EngineCapabilities, EngineOutput, TranslateBatch, TranslationEngine } from './types';

type Respond = (texts: string[], call: number, signal: AbortSignal) => EngineOutput | Promise<EngineOutput>;

interface FakeEngine extends TranslationEngine {
  /** The texts of every request, in the order they were sent. */
  calls: string[][];
  signals: AbortSignal[];
}

const translated = (id: string) => (texts: string[]) => ({ translations: texts.map((text) => `${id}:${text}`) });

function fakeEngine(id: EngineId, respond: Respond = translated(id), capabilities: Partial<EngineCapabilities> = {}): FakeEngine {
  const calls: string[][] = [];
  const signals: AbortSignal[] = [];
  return {
    id,
    cacheVariant: 'v1',
    calls,
    signals,
    capabilities: {
      maxSegments: 100,
      maxChars: 10_000,
      html: false,
      streaming: false,
      remote: true,
      languages: 'any',
      rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 4 },
      ...capabilities,
    },
    async translate(batch, signal) {
      calls.push(batch.texts);
      signals.push(signal);
      return respond(batch.texts, calls.length, signal);
    },
  };
}

const failing = (error: () => Error): Respond => () => {
  throw error();
};

let dbCount = 0;

/**
 * A service on a simulated clock: sleeping (back-off, Retry-After) moves the
 * clock instead of waiting, and the limiter and breaker read the same clock.
 */
function setup(engines: TranslationEngine[] | (() => TranslationEngine[]), overrides: Partial<TranslationServiceDeps> = {}) {
  const clock = { now: 1_000_000 };
  const sleeps: number[] = [];
  const cacheErrors: FerryError[] = [];
  const cache = new TranslationCache({ dbName: `service-test-${++dbCount}`, now: () => clock.now });
  const service = new TranslationService({
    cache,
    engines: async () => (typeof engines === 'function' ? engines() : engines),
    detectLanguage: async (text) => (/\p{Script=Han}/u.test(text) ? { language: 'zh-Hans', reliable: true } : { language: 'und', reliable: false }),
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    onCacheWriteError: (error) => cacheErrors.push(error),
    ...overrides,
  });
  return { service, cache, clock, sleeps, cacheErrors };
}

const segments = (...texts: string[]): SegmentRequest[] => texts.map((text, index) => ({ key: `k${index}`, text }));
const posts = (count: number, text = (index: number) => `第${index}条`): SegmentRequest[] =>
  Array.from({ length: count }, (_, index) => ({ key: `post-${index}`, text: text(index) }));

function translations(results: TranslationResult[]): (string | undefined)[] {
  return results.map((result) => (result.status === 'done' ? result.translation : undefined));
}

function errorCodes(results: TranslationResult[]): (string | undefined)[] {
  return results.map((result) => (result.status === 'error' ? result.error.code : undefined));
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TranslationService', () => {
  it('keeps the texts of one message in one request when their detection finishes at different times', async () => {
    const engine = fakeEngine('microsoft-edge');
    let call = 0;
    const { service } = setup([engine], {
      gatherWindowMs: 15,
      // Later texts are detected after the gathering window has passed.
      detectLanguage: (text) => new Promise((resolve) => setTimeout(() => resolve({ language: 'zh-Hans', reliable: /\p{Script=Han}/u.test(text) && false }), 20 * call++)),
    });
    const results = await service.translate(posts(6), 'en', { persist: false });
    expect(translations(results).every(Boolean)).toBe(true);
    expect(engine.calls).toHaveLength(1);
    expect(engine.calls[0]).toHaveLength(6);
  });

  it('skips texts already in the target language without a request', async () => {
    const engine = fakeEngine('microsoft-edge');
    const { service } = setup([engine]);
    const [result] = await service.translate(segments('你好'), 'zh-Hans', { persist: true });
    expect(result).toEqual({ key: 'k0', status: 'skipped', reason: 'same-language', sourceLanguage: 'zh-Hans' });
    expect(engine.calls).toEqual([]);
  });

  it('still translates when language detection fails', async () => {
    const engine = fakeEngine('microsoft-edge');
    const { service } = setup([engine], { detectLanguage: () => Promise.reject(new Error('detector gone')) });
    expect(translations(await service.translate(segments('你好'), 'en', { persist: true }))).toEqual(['microsoft-edge:你好']);
  });

  describe('gathering and batching', () => {
    it('gathers requests from many posts in one window into one batch', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service } = setup([engine]);
      const answers = await Promise.all([
        service.translate(segments('一'), 'en', { persist: true }),
        service.translate(segments('二', '三'), 'en', { persist: true }),
        service.translate(segments('四'), 'en', { persist: true }),
      ]);
      expect(engine.calls).toEqual([['一', '二', '三', '四']]);
      expect(answers.map(translations)).toEqual([['microsoft-edge:一'], ['microsoft-edge:二', 'microsoft-edge:三'], ['microsoft-edge:四']]);
      await service.translate(segments('五'), 'en', { persist: true });
      expect(engine.calls).toEqual([['一', '二', '三', '四'], ['五']]);
    });

    it('splits batches within the engine segment and character limits, in order', async () => {
      const engine = fakeEngine('microsoft-edge', undefined, { maxSegments: 3, maxChars: 10 });
      const { service } = setup([engine]);
      const texts = ['一', '二', '三', '四', '五', '六七八九十一二三四', '七'];
      const results = await service.translate(segments(...texts), 'en', { persist: true });
      expect(engine.calls).toEqual([['一', '二', '三'], ['四', '五'], ['六七八九十一二三四', '七']]);
      expect(translations(results)).toEqual(texts.map((text) => `microsoft-edge:${text}`));
    });

    it('keeps LLM batches within the token budget', () => {
      const jobs = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40), 'd'].map((text) => ({ text }));
      const capabilities = { maxSegments: 100, maxChars: 10_000, maxTokens: 25, estimateTokens: (text: string) => Math.ceil(text.length / 4) };
      const batches = splitIntoBatches(jobs, { capabilities: { ...fakeEngine('openai-compatible').capabilities, ...capabilities } });
      expect(batches.map((batch) => batch.map((job) => job.text[0]))).toEqual([['a', 'b'], ['c', 'd']]);
      // Without an estimator, the budget does not apply.
      const unbounded = splitIntoBatches(jobs, { capabilities: { ...fakeEngine('openai-compatible').capabilities, maxTokens: 25 } });
      expect(unbounded).toHaveLength(1);
    });

    it('never splits a single segment, even one over every limit', () => {
      const batches = splitIntoBatches([{ text: 'x'.repeat(100) }, { text: 'y' }], { capabilities: { ...fakeEngine('deepl').capabilities, maxChars: 10 } });
      expect(batches.map((batch) => batch.length)).toEqual([1, 1]);
    });

    it('sends texts nearest the viewport first', async () => {
      const engine = fakeEngine('microsoft-edge', undefined, { maxSegments: 1, rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 1 } });
      const { service } = setup([engine]);
      const requests: SegmentRequest[] = [
        { key: 'far', text: '远', priority: 5 },
        { key: 'on-screen', text: '屏', priority: 0 },
        { key: 'near', text: '近', priority: 2 },
      ];
      await service.translate(requests, 'en', { persist: true });
      expect(engine.calls).toEqual([['屏'], ['近'], ['远']]);
    });
  });

  describe('in-flight de-duplication', () => {
    it('answers the same text from many posts with one segment of one request', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service } = setup([engine]);
      const results = await Promise.all(Array.from({ length: 50 }, () => service.translate(segments('同一句话', '  同一句话 '), 'en', { persist: true })));
      expect(engine.calls).toEqual([['同一句话']]);
      expect(results.flatMap(translations)).toEqual(Array.from({ length: 100 }, () => 'microsoft-edge:同一句话'));
    });

    it('joins a text already sent instead of asking again', async () => {
      const gate = deferred();
      const engine = fakeEngine('microsoft-edge', async (texts) => {
        await gate.promise;
        return translated('microsoft-edge')(texts);
      });
      const { service } = setup([engine]);
      const first = service.translate(segments('正在翻译'), 'en', { persist: true });
      await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
      const second = service.translate(segments('正在翻译'), 'en', { persist: true });
      gate.release();
      expect([...translations(await first), ...translations(await second)]).toEqual(['microsoft-edge:正在翻译', 'microsoft-edge:正在翻译']);
      expect(engine.calls).toHaveLength(1);
    });

    it('answers a repeat from the cache without a request, marked cached', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service } = setup([engine]);
      await service.translate(segments('缓存'), 'en', { persist: true });
      const [again] = await service.translate(segments('缓存'), 'en', { persist: true });
      expect(again).toMatchObject({ status: 'done', translation: 'microsoft-edge:缓存', cached: true });
      expect(engine.calls).toHaveLength(1);
    });
  });

  describe('cancellation', () => {
    it('does not send a text whose post was cancelled before the batch went out', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service } = setup([engine]);
      const controller = new AbortController();
      const cancelled = service.translate(segments('离开屏幕'), 'en', { persist: true, signal: controller.signal });
      const kept = service.translate(segments('还在屏幕'), 'en', { persist: true });
      controller.abort();
      expect(errorCodes(await cancelled)).toEqual(['cancelled']);
      expect(translations(await kept)).toEqual(['microsoft-edge:还在屏幕']);
      expect(engine.calls).toEqual([['还在屏幕']]);
    });

    it('aborts a request in flight once every post waiting for it is cancelled, without falling back', async () => {
      const slow = fakeEngine('openai-compatible', (_texts, _call, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))));
      const fallback = fakeEngine('microsoft-edge');
      const { service } = setup([slow, fallback]);
      const first = new AbortController();
      const second = new AbortController();
      const pending = [
        service.translate(segments('慢'), 'en', { persist: true, signal: first.signal }),
        service.translate(segments('慢'), 'en', { persist: true, signal: second.signal }),
      ];
      await vi.waitFor(() => expect(slow.calls).toHaveLength(1));
      first.abort();
      expect(slow.signals[0]!.aborted).toBe(false);
      second.abort();
      expect(slow.signals[0]!.aborted).toBe(true);
      expect((await Promise.all(pending)).flatMap(errorCodes)).toEqual(['cancelled', 'cancelled']);
      expect(fallback.calls).toEqual([]);
    });

    it('asks again for a text whose earlier request was cancelled, instead of joining it', async () => {
      const engine = fakeEngine('microsoft-edge', (texts, call, signal) =>
        call === 1 ? new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) : translated('microsoft-edge')(texts),
      );
      const { service } = setup([engine]);
      const controller = new AbortController();
      const gone = service.translate(segments('回来了'), 'en', { persist: true, signal: controller.signal });
      await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
      controller.abort();
      const back = service.translate(segments('回来了'), 'en', { persist: true });
      expect(errorCodes(await gone)).toEqual(['cancelled']);
      expect(translations(await back)).toEqual(['microsoft-edge:回来了']);
      expect(engine.calls).toHaveLength(2);
    });

    it('keeps the request for the posts still waiting when one of them is cancelled', async () => {
      const gate = deferred();
      const engine = fakeEngine('microsoft-edge', async (texts) => {
        await gate.promise;
        return translated('microsoft-edge')(texts);
      });
      const { service } = setup([engine]);
      const controller = new AbortController();
      const gone = service.translate(segments('共享'), 'en', { persist: true, signal: controller.signal });
      const staying = service.translate(segments('共享'), 'en', { persist: true, signal: new AbortController().signal });
      await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
      controller.abort();
      gate.release();
      expect(errorCodes(await gone)).toEqual(['cancelled']);
      expect(translations(await staying)).toEqual(['microsoft-edge:共享']);
      expect(engine.signals[0]!.aborted).toBe(false);
    });
  });

  describe('retries', () => {
    it('retries 5xx with exponential back-off and jitter, then succeeds', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(1);
      const engine = fakeEngine('microsoft-edge', (texts, call) => {
        if (call <= 2) throw new RetryableEngineError('engine-unavailable', 'HTTP 503', 'microsoft-edge');
        return translated('microsoft-edge')(texts);
      });
      const { service, sleeps } = setup([engine], { retryBaseMs: 400 });
      expect(translations(await service.translate(segments('重试'), 'en', { persist: true }))).toEqual(['microsoft-edge:重试']);
      expect(engine.calls).toHaveLength(3);
      // 400 × 2^attempt, times a jitter factor in [0.75, 1.25): 1.25 at the top of the range.
      expect(sleeps).toEqual([500, 1000]);
    });

    it('spreads back-off by jitter so clients do not retry in step', async () => {
      const random = vi.spyOn(Math, 'random').mockReturnValue(0);
      const fail = failing(() => new RetryableEngineError('engine-unavailable', 'HTTP 500', 'microsoft-edge'));
      const low = setup([fakeEngine('microsoft-edge', fail)]);
      await low.service.translate(segments('抖动'), 'en', { persist: true });
      random.mockReturnValue(0.5);
      const mid = setup([fakeEngine('microsoft-edge', fail)]);
      await mid.service.translate(segments('抖动'), 'en', { persist: true });
      expect(low.sleeps).toEqual([300, 600]);
      expect(mid.sleeps).toEqual([400, 800]);
    });

    it('stops at the retry cap and falls back to the next engine', async () => {
      const down = fakeEngine('deepl', failing(() => new RetryableEngineError('engine-unavailable', 'HTTP 500', 'deepl')));
      const fallback = fakeEngine('microsoft-edge');
      const { service } = setup([down, fallback], { maxRetries: 2 });
      const [result] = await service.translate(segments('回退'), 'en', { persist: true });
      expect(result).toMatchObject({ status: 'done', engine: 'microsoft-edge', translation: 'microsoft-edge:回退' });
      expect(down.calls).toHaveLength(3);
    });

    it('caps a single back-off at the longest retry wait', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(1);
      const engine = fakeEngine('microsoft-edge', failing(() => new RetryableEngineError('engine-unavailable', 'HTTP 500', 'microsoft-edge')));
      const { service, sleeps } = setup([engine], { retryBaseMs: 6_000, maxRetries: 3, maxRetryWaitMs: 10_000 });
      await service.translate(segments('封顶'), 'en', { persist: true });
      expect(sleeps).toEqual([7_500, 10_000, 10_000]);
    });

    it('retries a timeout, then reports it when every engine timed out', async () => {
      const engine = fakeEngine('microsoft-edge', failing(() => new FerryError('timeout', 'no answer within 20000 ms', 'microsoft-edge')));
      const { service } = setup([engine]);
      expect(errorCodes(await service.translate(segments('超时'), 'en', { persist: true }))).toEqual(['timeout']);
      expect(engine.calls).toHaveLength(3);
    });

    it('does not retry a malformed answer: the next engine answers at once', async () => {
      const broken = fakeEngine('openai-compatible', failing(() => new FerryError('engine-bad-response', 'the model did not answer with JSON', 'openai-compatible')));
      const fallback = fakeEngine('microsoft-edge');
      const { service, sleeps } = setup([broken, fallback]);
      expect(translations(await service.translate(segments('坏 JSON'), 'en', { persist: true }))).toEqual(['microsoft-edge:坏 JSON']);
      expect(broken.calls).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });

    it('treats an answer with the wrong number of segments as malformed', async () => {
      const short = fakeEngine('openai-compatible', (texts) => ({ translations: texts.slice(1) }));
      const { service } = setup([short]);
      expect(errorCodes(await service.translate(segments('一', '二'), 'en', { persist: true }))).toEqual(['engine-bad-response', 'engine-bad-response']);
      expect(short.calls).toHaveLength(1);
    });
  });

  describe('rate limits', () => {
    it('honours Retry-After instead of the back-off', async () => {
      const engine = fakeEngine('microsoft-edge', (texts, call) => {
        if (call === 1) throw new RetryableEngineError('engine-rate-limit', 'HTTP 429', 'microsoft-edge', 3_000);
        return translated('microsoft-edge')(texts);
      });
      const { service, sleeps } = setup([engine]);
      expect(translations(await service.translate(segments('限速'), 'en', { persist: true }))).toEqual(['microsoft-edge:限速']);
      expect(sleeps).toEqual([3_000]);
    });

    it('keeps a 429 storm under a fixed bound of requests, however many posts arrive', async () => {
      const storm = fakeEngine('openai-compatible', failing(() => new RetryableEngineError('engine-rate-limit', 'HTTP 429', 'openai-compatible', 1_000)));
      const fallback = fakeEngine('microsoft-edge');
      const { service, sleeps, clock } = setup([storm, fallback], { maxRetries: 2 });
      for (let wave = 0; wave < 20; wave++) {
        // The next screenful arrives after the last Retry-After has run out (the limiter holds it until then).
        clock.now += 1_000;
        const results = await service.translate(posts(25, (index) => `第${wave}波第${index}条`), 'en', { persist: true });
        expect(results.every((result) => result.status === 'done' && result.engine === 'microsoft-edge')).toBe(true);
      }
      // Three waves of (1 + 2 retries), then the breaker sends everything to the fallback.
      expect(storm.calls).toHaveLength(9);
      expect(fallback.calls).toHaveLength(20);
      expect(sleeps).toEqual(Array.from({ length: 6 }, () => 1_000));
    });

    it('sends posts to the next engine rather than parking them behind a long Retry-After, and skips the engine while it lasts', async () => {
      const paused = fakeEngine('openai-compatible', failing(() => new RetryableEngineError('engine-rate-limit', 'HTTP 429', 'openai-compatible', 120_000)));
      const fallback = fakeEngine('microsoft-edge');
      const { service, sleeps, clock } = setup([paused, fallback]);
      expect(translations(await service.translate(segments('一'), 'en', { persist: true }))).toEqual(['microsoft-edge:一']);
      expect(translations(await service.translate(segments('二'), 'en', { persist: true }))).toEqual(['microsoft-edge:二']);
      expect(paused.calls).toHaveLength(1);
      expect(sleeps).toEqual([]);
      // Retry-After is capped at a minute; the circuit breaker has seen one failure only.
      clock.now += 61_000;
      await service.translate(segments('三'), 'en', { persist: true });
      expect(paused.calls).toHaveLength(2);
    });

    it('never has more requests in flight than the engine concurrency', async () => {
      let active = 0;
      let peak = 0;
      const engine = fakeEngine(
        'microsoft-edge',
        async (texts) => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setImmediate(resolve));
          active--;
          return translated('microsoft-edge')(texts);
        },
        { maxSegments: 1, rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 2 } },
      );
      const { service } = setup([engine]);
      await service.translate(posts(12), 'en', { persist: true });
      expect(engine.calls).toHaveLength(12);
      expect(peak).toBe(2);
    });
  });

  describe('final failures', () => {
    it('stops asking an engine with a bad key: no retry, and one error for every post', async () => {
      const badKey = fakeEngine('deepl', failing(() => new FerryError('engine-auth', 'HTTP 403: Forbidden', 'deepl')), { maxSegments: 5 });
      const { service, sleeps } = setup([badKey]);
      const first = await service.translate(posts(20), 'en', { persist: true });
      // Four batches: those the limiter had already let through may go out, never more than its concurrency.
      const sentInFirstWave = badKey.calls.length;
      expect(sentInFirstWave).toBeLessThanOrEqual(badKey.capabilities.rate.concurrency);
      const later = await service.translate(posts(20, (index) => `后来${index}`), 'en', { persist: true });
      expect(badKey.calls).toHaveLength(sentInFirstWave);
      expect(new Set([...first, ...later].map((result) => (result.status === 'error' ? `${result.error.code}|${result.error.detail}` : 'ok')))).toEqual(new Set(['engine-auth|HTTP 403: Forbidden']));
      expect(sleeps).toEqual([]);
    });

    it('sends posts to the next engine when the first has a bad key', async () => {
      const badKey = fakeEngine('deepl', failing(() => new FerryError('engine-auth', 'HTTP 403: Forbidden', 'deepl')));
      const fallback = fakeEngine('microsoft-edge');
      const { service } = setup([badKey, fallback]);
      expect(translations(await service.translate(segments('一', '二'), 'en', { persist: true }))).toEqual(['microsoft-edge:一', 'microsoft-edge:二']);
      expect(translations(await service.translate(segments('三'), 'en', { persist: true }))).toEqual(['microsoft-edge:三']);
      expect(badKey.calls).toHaveLength(1);
    });

    it('asks again once the settings give a new engine (a new key)', async () => {
      let engine = fakeEngine('deepl', failing(() => new FerryError('engine-auth', 'HTTP 403: Forbidden', 'deepl')));
      const { service } = setup(() => [engine]);
      await service.translate(segments('钥匙'), 'en', { persist: true });
      await service.translate(segments('钥匙'), 'en', { persist: true });
      expect(engine.calls).toHaveLength(1);
      engine = fakeEngine('deepl');
      expect(translations(await service.translate(segments('钥匙'), 'en', { persist: true }))).toEqual(['deepl:钥匙']);
    });

    it('skips an engine whose quota is spent for a while, then tries it again', async () => {
      const spent = fakeEngine('openai-compatible', (texts, call) => {
        if (call === 1) throw new FerryError('engine-quota', 'HTTP 429: You exceeded your current quota.', 'openai-compatible');
        return translated('openai-compatible')(texts);
      });
      const fallback = fakeEngine('microsoft-edge');
      const { service, clock } = setup([spent, fallback], { quotaPauseMs: 600_000 });
      expect(translations(await service.translate(segments('额度'), 'en', { persist: true }))).toEqual(['microsoft-edge:额度']);
      expect(translations(await service.translate(segments('额度二'), 'en', { persist: true }))).toEqual(['microsoft-edge:额度二']);
      expect(spent.calls).toHaveLength(1);
      clock.now += 600_000;
      expect(translations(await service.translate(segments('额度三'), 'en', { persist: true }))).toEqual(['openai-compatible:额度三']);
    });

    it('opens the circuit after repeated failures: the next engine answers without asking, until the cool-down ends', async () => {
      let healthy = false;
      const flaky = fakeEngine('deepl', (texts) => {
        if (!healthy) throw new RetryableEngineError('engine-unavailable', 'HTTP 503', 'deepl');
        return translated('deepl')(texts);
      });
      const fallback = fakeEngine('microsoft-edge');
      const { service, clock } = setup([flaky, fallback], { maxRetries: 0 });
      for (let index = 0; index < 3; index++) await service.translate(segments(`断路${index}`), 'en', { persist: true });
      expect(flaky.calls).toHaveLength(3);
      const [whileOpen] = await service.translate(segments('断路开'), 'en', { persist: true });
      expect(whileOpen).toMatchObject({ status: 'done', engine: 'microsoft-edge' });
      expect(flaky.calls).toHaveLength(3);
      healthy = true;
      clock.now += 30_000;
      const [afterCooldown] = await service.translate(segments('断路关'), 'en', { persist: true });
      expect(afterCooldown).toMatchObject({ status: 'done', engine: 'deepl' });
    });

    it('reports the first real failure when every engine fails, not an on-device model still downloading', async () => {
      const notReady = fakeEngine('chrome-builtin', failing(() => new FerryError('model-not-ready', 'downloadable', 'chrome-builtin')));
      const down = fakeEngine('microsoft-edge', failing(() => new FerryError('engine-quota', 'HTTP 403: quota', 'microsoft-edge')));
      const { service } = setup([notReady, down]);
      const [result] = await service.translate(segments('都失败'), 'en', { persist: true });
      expect(result).toMatchObject({ status: 'error', error: { code: 'engine-quota', engine: 'microsoft-edge' } });
    });

    it('answers no-engine when none is configured', async () => {
      const { service } = setup([]);
      expect(errorCodes(await service.translate(segments('没有'), 'en', { persist: true }))).toEqual(['no-engine']);
    });
  });

  describe('cache', () => {
    it('still returns the translation when the disk is full, and reports the write error', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service, cache, cacheErrors } = setup([engine]);
      vi.spyOn(cache, 'putMany').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      expect(translations(await service.translate(segments('满了'), 'en', { persist: true }))).toEqual(['microsoft-edge:满了']);
      expect(cacheErrors.map((error) => error.code)).toEqual(['storage-full']);
    });

    it('keeps nothing from a private window, on disk or in the memory a normal window reads', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service, cache } = setup([engine]);
      await service.translate(segments('隐身'), 'en', { persist: false });
      const [normal] = await service.translate(segments('隐身'), 'en', { persist: true });
      expect(normal).toMatchObject({ status: 'done', cached: false });
      expect(engine.calls).toHaveLength(2);
      expect((await cache.stats()).entries).toBe(1);
    });

    it('does not persist a text a private window asked for, even when a normal window asked at the same time', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service, cache } = setup([engine]);
      await Promise.all([service.translate(segments('同时'), 'en', { persist: true }), service.translate(segments('同时'), 'en', { persist: false })]);
      expect((await cache.stats()).entries).toBe(0);
    });

    it('stores under the hash of the normalised text, target, engine and its variant', async () => {
      const engine = fakeEngine('microsoft-edge');
      const { service, cache } = setup([engine]);
      await service.translate(segments('  键  值 '), 'en', { persist: true });
      const key = await cacheKey({ text: '键 值', source: 'auto', target: 'en', engine: 'microsoft-edge', variant: 'v1' });
      expect(await cache.get(key)).toEqual({ translation: 'microsoft-edge:键 值', engine: 'microsoft-edge', sourceLanguage: '' });
    });
  });
});

describe('TranslationService with the OpenAI-compatible engine on the loopback mock', () => {
  let server: EngineServer;

  beforeAll(async () => {
    server = await startEngineServer({ providers: [openAiCompatibleProvider] });
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(() => {
    server.setMode('ok');
    server.requests.length = 0;
  });

  const openai = (apiKey = MOCK_OPENAI_KEY) => createOpenAiCompatibleEngine({ baseUrl: `${server.url}/v1`, model: 'gpt-4o-mini', apiKey });

  it('retries a truncated stream, then falls back; no partial translation is cached or returned', async () => {
    server.setMode('truncated-stream');
    const engine = openai();
    const fallback = fakeEngine('microsoft-edge');
    const { service, cache } = setup([engine, fallback]);
    const texts = ['成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅', '#成都美食 #成都火锅 #旅行攻略'];
    const results = await service.translate(segments(...texts), 'en', { persist: true });
    expect(translations(results)).toEqual(texts.map((text) => `microsoft-edge:${text}`));
    // One request per text (the engine never shares a prompt), each tried three times.
    expect(server.requests).toHaveLength(texts.length * 3);
    const openaiKey = await cacheKey({ text: texts[0]!, source: 'auto', target: 'en', engine: 'openai-compatible', variant: engine.cacheVariant });
    expect(await cache.get(openaiKey)).toBeUndefined();
  });

  it('sends at most one request per open slot for a bad key however many posts ask, and gives each post the same clear error', async () => {
    const engine = openai('sk-wrong');
    const { service } = setup([engine]);
    const waves = [];
    for (let wave = 0; wave < 3; wave++) waves.push(...(await service.translate(posts(30, (index) => `波${wave}帖${index}`), 'en', { persist: true })));
    // Only what was already on its way when the 401 came back; the other 89 posts never leave.
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(server.requests.length).toBeLessThanOrEqual(engine.capabilities.rate.concurrency);
    expect(new Set(waves.map((result) => (result.status === 'error' ? `${result.error.code}|${result.error.detail}` : result.status)))).toEqual(
      new Set(['engine-auth|HTTP 401: Incorrect API key provided.']),
    );
  });

  it('answers the same text from many posts with one streamed request', async () => {
    const { service } = setup([openai()]);
    const text = '已经种草了！！下个月就去成都，蹲一个具体店名🙏';
    const results = await Promise.all(Array.from({ length: 30 }, () => service.translate(segments(text), 'en', { persist: true })));
    expect(new Set(results.flatMap(translations))).toEqual(new Set(["Sold on it!! Going to Chengdu next month. Waiting for the exact restaurant name 🙏"]));
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse((server.requests[0]!.body as { messages: { content: string }[] }).messages[1]!.content).segments).toEqual([text]);
  });
});

describe('TranslationService glossaries of coded language', () => {
  const CODED = '想飞叶子的姐妹，有需要的加薇信聊';
  const PLAIN = '今天天气很好';
  const GLOSSARY = [{ written: '飞叶子', meaning: 'smoke cannabis' }];
  /** Decodes only CODED, as the background's matcher would. */
  const decoder = () => {
    const asked: string[] = [];
    const glossary = async (text: string) => {
      asked.push(text);
      return text === CODED ? GLOSSARY : [];
    };
    return { asked, glossary };
  };
  /** An engine that records every batch it is sent, glossaries included. */
  function recordingEngine(glossary: boolean) {
    const batches: TranslateBatch[] = [];
    const engine = fakeEngine('openai-compatible', translated('openai-compatible'), glossary ? { glossary: true } : {});
    const translate = engine.translate.bind(engine);
    engine.translate = async (batch, signal) => {
      batches.push(batch);
      return translate(batch, signal);
    };
    return { engine, batches };
  }

  it('sends each text its own glossary, and none to a text without coded language', async () => {
    const { engine, batches } = recordingEngine(true);
    const { asked, glossary } = decoder();
    const { service } = setup([engine], { glossary });
    await service.translate(segments(CODED, PLAIN), 'en', { persist: false });
    expect(new Set(asked)).toEqual(new Set([CODED, PLAIN]));
    const sent = batches.flatMap((batch) => batch.texts.map((text, index) => [text, batch.glossaries?.[index]] as const));
    expect(new Map(sent)).toEqual(new Map([[CODED, GLOSSARY], [PLAIN, undefined]]));
  });

  it('asks nothing of the decoder when no engine passes glossaries on', async () => {
    const { engine, batches } = recordingEngine(false);
    const { asked, glossary } = decoder();
    const { service } = setup([engine], { glossary });
    await service.translate(segments(CODED), 'en', { persist: false });
    expect(asked).toEqual([]);
    expect(batches[0]!.glossaries).toBeUndefined();
  });

  it('caches a text translated with a glossary apart from the same text without one', async () => {
    const { engine } = recordingEngine(true);
    const { glossary } = decoder();
    const { service: withGlossary, cache } = setup([engine], { glossary });
    await withGlossary.translate(segments(CODED), 'en', { persist: true });
    expect(engine.calls).toHaveLength(1);
    // Same cache, no decoder: the glossary-less key misses and the engine is asked again.
    const withoutGlossary = new TranslationService({ cache, engines: async () => [engine], detectLanguage: async () => ({ language: 'zh-Hans', reliable: true }) });
    await withoutGlossary.translate(segments(CODED), 'en', { persist: true });
    expect(engine.calls).toHaveLength(2);
    // With the decoder again, the first answer is served from the cache.
    const again = await withGlossary.translate(segments(CODED), 'en', { persist: true });
    expect(again[0]).toMatchObject({ status: 'done', cached: true });
    expect(engine.calls).toHaveLength(2);
  });

  it('translates without a glossary when decoding fails', async () => {
    const { engine, batches } = recordingEngine(true);
    const { service } = setup([engine], { glossary: async () => Promise.reject(new Error('pack missing')) });
    const [result] = await service.translate(segments(CODED), 'en', { persist: false });
    expect(result).toMatchObject({ status: 'done', translation: `openai-compatible:${CODED}` });
    expect(batches[0]!.glossaries).toBeUndefined();
  });
});
