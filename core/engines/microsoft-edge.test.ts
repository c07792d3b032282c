import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { microsoftEdgeProvider } from '../../test/mocks/providers/microsoft-edge';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import { FerryError, type ErrorCode } from '../messaging/errors';
import { isRetryable, RetryableEngineError } from './http';
import { createMicrosoftEdgeEngine, fromMicrosoftLanguage, toMicrosoftLanguage } from './microsoft-edge';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer({ providers: [microsoftEdgeProvider] });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.setMode('ok');
  server.requests.length = 0;
});

const HOTPOT = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
const HOTPOT_EN = 'A 3-day hotpot crawl in Chengdu 🌶️ | Old-school spots the locals keep to themselves';
const HASHTAGS = '#成都美食 #成都火锅 #旅行攻略';

const engine = (fetchImpl?: typeof fetch) => createMicrosoftEdgeEngine({ baseUrl: server.url, fetchImpl });
const live = () => new AbortController().signal;
const zhToEn = (texts: string[]) => ({ texts, source: 'auto', target: 'en' });

async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

const cannedFetch =
  (status: number, body: string, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('Microsoft Edge engine', () => {
  it('posts the texts as a string array and returns translations with detected languages', async () => {
    const output = await engine().translate(zhToEn([HOTPOT, HASHTAGS, 'Hello, world!']), live());
    expect(output).toEqual({ translations: [HOTPOT_EN, HASHTAGS, '⟨en⟩ Hello, world!'], detected: ['zh-Hans', 'zh-Hans', 'en'] });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/translate/translatetext');
    // Auto-detection is an empty `from`, as the Edge endpoint expects.
    expect(request.query).toEqual({ from: '', to: 'en', isEnterpriseClient: 'false' });
    expect(request.body).toEqual([HOTPOT, HASHTAGS, 'Hello, world!']);
  });

  it('keeps the line breaks of a multi-line post', async () => {
    const output = await engine().translate(zhToEn([`${HOTPOT}\n\n${HASHTAGS}`]), live());
    expect(output.translations).toEqual([`${HOTPOT_EN}\n\n${HASHTAGS}`]);
  });

  it.each([
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en-GB', 'en'],
    ['JA', 'ja'],
  ])('sends the Ferry code %s as %s', async (target, code) => {
    expect(toMicrosoftLanguage(target)).toBe(code);
    await engine().translate({ texts: ['Hello, world!'], source: 'en', target }, live());
    expect(server.requests[0]!.query).toMatchObject({ from: 'en', to: code });
  });

  it('keeps Chinese script codes and lowercases the rest on the way back', () => {
    expect(fromMicrosoftLanguage('zh-Hant')).toBe('zh-Hant');
    expect(fromMicrosoftLanguage('EN')).toBe('en');
  });

  it('stays within the endpoint limits at its advertised capacity', async () => {
    const { maxSegments, maxChars } = engine().capabilities;
    const texts = Array.from({ length: maxSegments }, () => 'x'.repeat(Math.floor(maxChars / maxSegments)));
    await expect(engine().translate(zhToEn(texts), live())).resolves.toMatchObject({ translations: expect.any(Array) });
    const error = await failure(engine().translate(zhToEn([...texts, 'one more']), live()));
    expect(error.code).toBe('engine-bad-response');
  });

  it('returns a script payload as inert text, unchanged', async () => {
    server.setMode('html-payload');
    const output = await engine().translate(zhToEn([HOTPOT]), live());
    expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}${HOTPOT_EN}`]);
  });

  describe('failures', () => {
    it.each<[FailureMode, ErrorCode, boolean, number | undefined, string]>([
      ['http-429', 'engine-rate-limit', true, 1000, 'exceeded request limits'],
      ['http-500', 'engine-unavailable', true, undefined, 'unexpected error'],
      ['http-503', 'engine-unavailable', true, undefined, 'temporarily unavailable'],
      ['http-401', 'engine-auth', false, undefined, 'not authorized'],
      ['quota', 'engine-quota', false, undefined, 'free quota'],
      ['malformed-json', 'engine-bad-response', false, undefined, 'not JSON'],
      ['truncated-stream', 'engine-bad-response', false, undefined, 'not JSON'],
      ['wrong-count', 'engine-bad-response', false, undefined, 'asked for 2 segments, got 1'],
    ])('maps the mock failure %s to %s (retryable: %s)', async (mode, code, retryable, retryAfterMs, detail) => {
      server.setMode(mode);
      const error = await failure(engine().translate(zhToEn([HOTPOT, HASHTAGS]), live()));
      expect(error.code).toBe(code);
      expect(error.engine).toBe('microsoft-edge');
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError ? error.retryAfterMs : undefined).toBe(retryAfterMs);
      expect(error.detail).toContain(detail);
    });

    it('tells a spent free quota (403001) from other 403s', async () => {
      const other = await failure(engine(cannedFetch(403, JSON.stringify({ error: { code: 403000, message: 'Forbidden' } }))).translate(zhToEn(['x']), live()));
      expect(other.code).toBe('engine-auth');
    });

    it('times out a server that never answers, as a retryable timeout', async () => {
      server.setMode('hang');
      const error = await failure(createMicrosoftEdgeEngine({ baseUrl: server.url, timeoutMs: 50 }).translate(zhToEn([HOTPOT]), live()));
      expect(error.code).toBe('timeout');
      expect(isRetryable(error)).toBe(true);
    });

    it('maps a 504 to a retryable timeout', async () => {
      const error = await failure(engine(cannedFetch(504, '')).translate(zhToEn(['x']), live()));
      expect(error.code).toBe('timeout');
      expect(isRetryable(error)).toBe(true);
    });

    it('rejects a 200 that is not the Translator v3 shape', async () => {
      const error = await failure(engine(cannedFetch(200, JSON.stringify([{ translations: [] }]))).translate(zhToEn(['x']), live()));
      expect(error.detail).toBe('unexpected response shape');
    });

    it('maps a refused connection to a retryable network error', async () => {
      const closed = createMicrosoftEdgeEngine({ baseUrl: 'http://127.0.0.1:1' });
      const error = await failure(closed.translate(zhToEn(['x']), live()));
      expect(error.code).toBe('network');
      expect(isRetryable(error)).toBe(true);
    });
  });

  describe('abort', () => {
    it('sends nothing when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(engine().translate(zhToEn([HOTPOT]), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
      expect(server.requests).toHaveLength(0);
    });

    it('stops waiting for a hanging server with the abort, not a FerryError', async () => {
      server.setMode('hang');
      const controller = new AbortController();
      const pending = engine().translate(zhToEn([HOTPOT]), controller.signal);
      await expect.poll(() => server.requests.length).toBe(1);
      controller.abort();
      const error = await pending.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(error).not.toBeInstanceOf(FerryError);
    });
  });
});
