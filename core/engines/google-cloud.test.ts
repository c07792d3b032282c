import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { GOOGLE_CLOUD_SCENARIO_KEYS, googleCloudProvider, MOCK_GOOGLE_CLOUD_KEY } from '../../test/mocks/providers/google-cloud';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import { PHRASEBOOK } from '../../test/mocks/phrasebook';
import { FerryError, type ErrorCode } from '../messaging/errors';
import { createGoogleCloudEngine, GOOGLE_CLOUD_MAX_CHARS, GOOGLE_CLOUD_MAX_SEGMENTS, type GoogleCloudConfig } from './google-cloud';
import { isRetryable, RetryableEngineError } from './http';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer({ providers: [googleCloudProvider] });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.setMode('ok');
  server.requests.length = 0;
});

const HOTPOT = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
const HASHTAGS = '#成都美食 #成都火锅 #旅行攻略';

function engine(overrides: Partial<GoogleCloudConfig> = {}) {
  return createGoogleCloudEngine({ apiKey: MOCK_GOOGLE_CLOUD_KEY, baseUrl: server.url, ...overrides });
}

const live = () => new AbortController().signal;

async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

function cannedFetch(status: number, body: unknown) {
  const fetchImpl: typeof fetch = async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  return fetchImpl;
}

describe('Google Cloud Translation v2 engine', () => {
  it('posts q as an array with format text and the key in a header, never in the URL', async () => {
    const output = await engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live());
    expect(output).toEqual({ translations: [PHRASEBOOK[HOTPOT], HASHTAGS], detected: ['zh-Hans', 'zh-Hans'] });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/language/translate/v2');
    expect(request.query).toEqual({});
    expect(request.headers['x-goog-api-key']).toBe(MOCK_GOOGLE_CLOUD_KEY);
    expect(request.body).toEqual({ q: [HOTPOT, HASHTAGS], target: 'en', format: 'text' });
  });

  it('keeps line breaks and returns markup characters as plain text (format text, nothing to decode)', async () => {
    const post = `${HOTPOT}\n\n${HASHTAGS}`;
    const output = await engine().translate({ texts: [post, 'Tom & Jerry <3'], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${PHRASEBOOK[HOTPOT]}\n\n${HASHTAGS}`, '⟨en⟩ Tom & Jerry <3']);
  });

  it('returns a script payload as inert text, unchanged', async () => {
    server.setMode('html-payload');
    const output = await engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}${PHRASEBOOK[HOTPOT]}`]);
  });

  it.each([
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['ja', 'ja'],
    ['en', 'en'],
  ])('sends the Ferry target %s as %s, keeping the Chinese script the user chose', async (target, google) => {
    const output = await engine().translate({ texts: ['Hello, world!'], source: 'en', target }, live());
    expect(server.requests[0]!.body).toEqual({ q: ['Hello, world!'], target: google, format: 'text', source: 'en' });
    // A known source: Google reports no detected language.
    expect(output.detected).toEqual([undefined]);
  });

  it('carries 128 segments and 5,000 characters in one request, its advertised capacity', async () => {
    expect(GOOGLE_CLOUD_MAX_SEGMENTS).toBe(128);
    const perText = Math.floor(GOOGLE_CLOUD_MAX_CHARS / GOOGLE_CLOUD_MAX_SEGMENTS);
    const texts = Array.from({ length: GOOGLE_CLOUD_MAX_SEGMENTS }, (_, index) => `${index}`.padEnd(perText, '汉'));
    const output = await engine().translate({ texts, source: 'auto', target: 'ko' }, live());
    expect(output.translations).toEqual(texts.map((text) => `⟨ko⟩ ${text}`));
    expect(server.requests).toHaveLength(1);
  });

  it('maps 129 segments, which Google refuses, to a final bad response', async () => {
    const texts = Array.from({ length: GOOGLE_CLOUD_MAX_SEGMENTS + 1 }, (_, index) => `line ${index}`);
    const error = await failure(engine().translate({ texts, source: 'auto', target: 'en' }, live()));
    expect(error.code).toBe('engine-bad-response');
    expect(error.detail).toBe('HTTP 400: Too many text segments');
    expect(isRetryable(error)).toBe(false);
  });

  describe('failures', () => {
    it('refuses to send without a key', async () => {
      const error = await failure(engine({ apiKey: ' ' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(server.requests).toHaveLength(0);
    });

    it('maps a wrong key (a 400 at Google) to engine-auth, not retried', async () => {
      const error = await failure(engine({ apiKey: 'AIzaSy-not-a-real-key' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(error.detail).toBe('HTTP 400: API key not valid. Please pass a valid API key.');
      expect(isRetryable(error)).toBe(false);
    });

    it.each<[keyof typeof GOOGLE_CLOUD_SCENARIO_KEYS, ErrorCode, boolean]>([
      ['billingDisabled', 'engine-quota', false],
      ['dailyLimit', 'engine-quota', false],
      ['apiDisabled', 'engine-auth', false],
      ['userRateLimit', 'engine-rate-limit', true],
      ['resourceExhausted', 'engine-rate-limit', true],
    ])('maps the documented %s error to %s (retryable: %s)', async (scenario, code, retryable) => {
      const error = await failure(engine({ apiKey: GOOGLE_CLOUD_SCENARIO_KEYS[scenario] }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(error.engine).toBe('google-cloud');
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError).toBe(retryable);
    });

    it.each<[FailureMode, ErrorCode, boolean]>([
      ['http-401', 'engine-auth', false],
      ['quota', 'engine-quota', false],
      ['http-429', 'engine-rate-limit', true],
      ['http-500', 'engine-unavailable', true],
      ['http-503', 'engine-unavailable', true],
      ['malformed-json', 'engine-bad-response', false],
      ['truncated-stream', 'engine-bad-response', false],
      ['wrong-count', 'engine-bad-response', false],
    ])('maps the mock failure %s to %s (retryable: %s)', async (mode, code, retryable) => {
      server.setMode(mode);
      const error = await failure(engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(isRetryable(error)).toBe(retryable);
    });

    it('tells a key without access (403) from a spent quota (403) by the reason', async () => {
      const restricted = { error: { code: 403, message: 'Requests from this referer are blocked.', errors: [{ reason: 'forbidden' }], status: 'PERMISSION_DENIED' } };
      const daily = { error: { code: 403, message: 'Daily Limit Exceeded', errors: [{ reason: 'dailyLimitExceeded' }] } };
      const restrictedError = await failure(engine({ fetchImpl: cannedFetch(403, restricted) }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      const dailyError = await failure(engine({ fetchImpl: cannedFetch(403, daily) }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect([restrictedError.code, dailyError.code]).toEqual(['engine-auth', 'engine-quota']);
    });

    it('rejects a 200 that is not the v2 shape', async () => {
      const error = await failure(engine({ fetchImpl: cannedFetch(200, { translations: [{ translatedText: 'x' }] }) }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toBe('unexpected response shape');
    });
  });

  describe('abort', () => {
    it('stops waiting for a hanging server when aborted, with the abort rather than a FerryError', async () => {
      server.setMode('hang');
      const controller = new AbortController();
      const pending = engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, controller.signal);
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

describe('Google Cloud mock', () => {
  it('accepts the key as ?key= too, and answers HTML-escaped text when format is left at html', async () => {
    const response = await fetch(`${server.url}/language/translate/v2?key=${MOCK_GOOGLE_CLOUD_KEY}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: "Tom's <3", target: 'de' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { translations: [{ translatedText: '⟨de⟩ Tom&#39;s &lt;3', detectedSourceLanguage: 'en' }] } });
  });
});
