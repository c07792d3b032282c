import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { azureProvider, MOCK_AZURE_GLOBAL_KEY, MOCK_AZURE_KEY, MOCK_AZURE_REGION } from '../../test/mocks/providers/azure';
import { libreTranslateProvider } from '../../test/mocks/providers/libretranslate';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import { PHRASEBOOK } from '../../test/mocks/phrasebook';
import { FerryError, type ErrorCode } from '../messaging/errors';
import { AZURE_MAX_CHARS, AZURE_MAX_SEGMENTS, createAzureEngine, type AzureConfig } from './azure';
import { isRetryable, RetryableEngineError } from './http';

let server: EngineServer;

beforeAll(async () => {
  // With LibreTranslate's mock too, which answers the same path.
  server = await startEngineServer({ providers: [azureProvider, libreTranslateProvider] });
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

function engine(overrides: Partial<AzureConfig> = {}) {
  return createAzureEngine({ apiKey: MOCK_AZURE_KEY, region: MOCK_AZURE_REGION, baseUrl: server.url, ...overrides });
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

function cannedFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchImpl: typeof fetch = async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  return fetchImpl;
}

describe('Azure AI Translator v3 engine', () => {
  it('posts [{Text}] with the key and region headers and returns translations with detected languages', async () => {
    const output = await engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live());
    expect(output).toEqual({ translations: [PHRASEBOOK[HOTPOT], HASHTAGS], detected: ['zh-Hans', 'zh-Hans'] });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/translate');
    // Auto-detection: no from.
    expect(request.query).toEqual({ 'api-version': '3.0', to: 'en', textType: 'plain' });
    expect(request.headers['ocp-apim-subscription-key']).toBe(MOCK_AZURE_KEY);
    expect(request.headers['ocp-apim-subscription-region']).toBe(MOCK_AZURE_REGION);
    expect(request.body).toEqual([{ Text: HOTPOT }, { Text: HASHTAGS }]);
  });

  it('sends no region header for a global resource', async () => {
    const output = await engine({ apiKey: MOCK_AZURE_GLOBAL_KEY, region: ' ' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([PHRASEBOOK[HOTPOT]]);
    expect(server.requests[0]!.headers).not.toHaveProperty('ocp-apim-subscription-region');
  });

  it('keeps the line breaks of a multi-line post', async () => {
    const output = await engine().translate({ texts: [`${HOTPOT}\n\n${HASHTAGS}`], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${PHRASEBOOK[HOTPOT]}\n\n${HASHTAGS}`]);
  });

  it('returns a script payload as inert text, unchanged', async () => {
    server.setMode('html-payload');
    const output = await engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}${PHRASEBOOK[HOTPOT]}`]);
  });

  it.each([
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['ja', 'ja'],
    ['de', 'de'],
  ])('sends the Ferry target %s as %s, keeping the Chinese script the user chose', async (target, azure) => {
    const output = await engine().translate({ texts: ['Hello, world!'], source: 'en', target }, live());
    expect(server.requests[0]!.query).toEqual({ 'api-version': '3.0', to: azure, from: 'en', textType: 'plain' });
    expect(output.detected).toEqual([undefined]);
  });

  it('sends a Traditional Chinese source as zh-Hant', async () => {
    await engine().translate({ texts: ['你好'], source: 'zh-Hant', target: 'en' }, live());
    expect(server.requests[0]!.query.from).toBe('zh-Hant');
  });

  it('carries 1,000 items and 50,000 characters in one request, its advertised capacity', async () => {
    const perText = AZURE_MAX_CHARS / AZURE_MAX_SEGMENTS;
    const texts = Array.from({ length: AZURE_MAX_SEGMENTS }, (_, index) => `${index}`.padEnd(perText, '汉'));
    const output = await engine().translate({ texts, source: 'auto', target: 'ko' }, live());
    expect(output.translations).toEqual(texts.map((text) => `⟨ko⟩ ${text}`));
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['1,001 items', Array.from({ length: AZURE_MAX_SEGMENTS + 1 }, () => 'x'), 400077],
    ['50,001 characters', ['x'.repeat(AZURE_MAX_CHARS + 1)], 400050],
  ])('maps %s, which Azure refuses, to a final bad response', async (_, texts, code) => {
    const error = await failure(engine().translate({ texts, source: 'auto', target: 'en' }, live()));
    expect(error.code).toBe('engine-bad-response');
    expect(error.detail).toContain(`HTTP 400 (${code})`);
    expect(isRetryable(error)).toBe(false);
  });

  describe('failures', () => {
    it('refuses to send without a key', async () => {
      const error = await failure(engine({ apiKey: '' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(server.requests).toHaveLength(0);
    });

    it.each([
      ['a wrong key', { apiKey: 'wrong' }],
      ['a regional key without its region', { region: '' }],
      ['a regional key with another region', { region: 'westeurope' }],
    ])('maps %s (401000) to engine-auth with a hint, not retried', async (_, overrides) => {
      const error = await failure(engine(overrides).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(error.detail).toBe('HTTP 401 (401000): The request is not authorized because credentials are missing or invalid. (check the key and the region)');
      expect(isRetryable(error)).toBe(false);
    });

    it.each<[FailureMode, ErrorCode, boolean, number | undefined]>([
      ['http-401', 'engine-auth', false, undefined],
      ['quota', 'engine-quota', false, undefined],
      ['http-429', 'engine-rate-limit', true, 1000],
      ['http-500', 'engine-unavailable', true, undefined],
      ['http-503', 'engine-unavailable', true, undefined],
      ['malformed-json', 'engine-bad-response', false, undefined],
      ['truncated-stream', 'engine-bad-response', false, undefined],
      ['wrong-count', 'engine-bad-response', false, undefined],
    ])('maps the mock failure %s to %s (retryable: %s)', async (mode, code, retryable, retryAfterMs) => {
      server.setMode(mode);
      const error = await failure(engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(error.engine).toBe('azure');
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError ? error.retryAfterMs : undefined).toBe(retryAfterMs);
    });

    it.each<[number, number, ErrorCode, boolean]>([
      [400, 400036, 'engine-bad-response', false],
      [401, 401015, 'engine-auth', false],
      [403, 403000, 'engine-auth', false],
      [403, 403001, 'engine-quota', false],
      [408, 408001, 'engine-unavailable', true],
      [429, 429000, 'engine-rate-limit', true],
      [429, 429002, 'engine-rate-limit', true],
      [429, 429003, 'engine-rate-limit', true],
      [500, 500000, 'engine-unavailable', true],
      [503, 503000, 'engine-unavailable', true],
    ])('maps HTTP %i with code %i to %s (retryable: %s)', async (status, code, expected, retryable) => {
      const fetchImpl = cannedFetch(status, { error: { code, message: 'from Azure' } });
      const error = await failure(engine({ fetchImpl }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(expected);
      expect(error.detail).toContain(`HTTP ${status} (${code}): from Azure`);
      expect(isRetryable(error)).toBe(retryable);
    });

    it('rejects a 200 that is not the v3 shape', async () => {
      const error = await failure(engine({ fetchImpl: cannedFetch(200, [{ translations: [] }]) }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
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

describe('Azure mock', () => {
  it('leaves LibreTranslate requests on the shared path to the LibreTranslate mock', async () => {
    const response = await fetch(`${server.url}/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: ['Hello'], source: 'en', target: 'de', format: 'text' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('translatedText');
  });
});
