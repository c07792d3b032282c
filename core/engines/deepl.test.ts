import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { deeplProvider, MOCK_DEEPL_KEY } from '../../test/mocks/providers/deepl';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import {
  describeErrors,
  errorValidator,
  formToObject,
  requestProperties,
  requestValidator,
  successValidator,
} from '../../test/contracts/deepl/validators';
import { FerryError, type ErrorCode } from '../messaging/errors';
import {
  createDeeplEngine,
  DEEPL_FREE_URL,
  DEEPL_PRO_URL,
  fromDeeplLanguage,
  glossaryContext,
  toDeeplSource,
  toDeeplTarget,
  type DeeplConfig,
} from './deepl';
import { isRetryable, RetryableEngineError } from './http';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer({ providers: [deeplProvider] });
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

function engine(overrides: Partial<DeeplConfig> = {}) {
  return createDeeplEngine({ apiKey: MOCK_DEEPL_KEY, baseUrl: server.url, ...overrides });
}

function live(): AbortSignal {
  return new AbortController().signal;
}

function sentBodies(): Record<string, unknown>[] {
  return server.requests.filter((request) => request.path === '/v2/translate').map((request) => request.body as Record<string, unknown>);
}

async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

/** A fetch that answers every request with one canned response and records the URL and init. */
function cannedFetch(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  return { calls, fetchImpl };
}

const ONE_TRANSLATION = JSON.stringify({ translations: [{ detected_source_language: 'ZH', text: 'hello' }] });

describe('DeepL engine', () => {
  it('sends the texts as JSON with the DeepL-Auth-Key header and returns translations with detected languages', async () => {
    const output = await engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live());

    expect(output).toEqual({ translations: [HOTPOT_EN, HASHTAGS], detected: ['zh', 'zh'] });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v2/translate');
    expect(request.headers.authorization).toBe(`DeepL-Auth-Key ${MOCK_DEEPL_KEY}`);
    expect(request.headers['content-type']).toBe('application/json');
    // Auto-detection: no source_lang; newlines stay sentence boundaries.
    expect(request.body).toEqual({ text: [HOTPOT, HASHTAGS], target_lang: 'EN-US', split_sentences: '1' });
  });

  it('keeps the line breaks of a multi-line post', async () => {
    const post = `${HOTPOT}\n\n${HASHTAGS}`;
    const output = await engine().translate({ texts: [post], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${HOTPOT_EN}\n\n${HASHTAGS}`]);
  });

  it.each([
    ['en', 'EN-US'],
    ['zh-Hans', 'ZH-HANS'],
    ['zh-Hant', 'ZH-HANT'],
    ['ja', 'JA'],
    ['ko', 'KO'],
    ['es', 'ES'],
    ['fr', 'FR'],
    ['de', 'DE'],
  ])('maps the Ferry target %s to %s', async (target, deeplTarget) => {
    const output = await engine().translate({ texts: ['Hello there'], source: 'en', target }, live());
    expect(sentBodies()[0]!.target_lang).toBe(deeplTarget);
    // The mock translated into the language the code names.
    expect(output.translations[0]).toBe(`⟨${target}⟩ Hello there`);
  });

  it('offers exactly the Ferry targets, each of which the service accepts', async () => {
    const languages = engine().capabilities.languages;
    expect(languages).toEqual(['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'fr', 'de']);
    for (const target of languages === 'any' ? [] : languages) {
      await expect(engine().translate({ texts: ['Hi'], source: 'auto', target }, live())).resolves.toMatchObject({ translations: [expect.any(String)] });
    }
  });

  it.each([
    ['zh-Hans', 'ZH'],
    ['zh-Hant', 'ZH'],
    ['en', 'EN'],
    ['ja', 'JA'],
    ['pt-BR', 'PT'],
  ])('maps the Ferry source %s to %s', async (source, deeplSource) => {
    const output = await engine().translate({ texts: [HOTPOT], source, target: 'de' }, live());
    expect(sentBodies()[0]!.source_lang).toBe(deeplSource);
    expect(output.detected).toEqual([deeplSource.toLowerCase()]);
  });

  it('maps codes in both directions', () => {
    expect(toDeeplTarget('zh-TW')).toBe('ZH-HANT');
    expect(toDeeplTarget('zh')).toBe('ZH-HANS');
    expect(toDeeplTarget('en-GB')).toBe('EN-GB');
    expect(toDeeplTarget('pt')).toBe('PT-BR');
    expect(toDeeplSource('auto')).toBeUndefined();
    expect(toDeeplSource('')).toBeUndefined();
    expect(fromDeeplLanguage('ZH')).toBe('zh');
    expect(fromDeeplLanguage('EN')).toBe('en');
  });

  it('sends context, formality and the glossary (with a known source)', async () => {
    const deepl = engine({ context: 'Comments under a Chengdu food post', formality: 'prefer_more', glossaryId: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7' });
    await deepl.translate({ texts: [HOTPOT], source: 'zh-Hans', target: 'de' }, live());
    expect(sentBodies()[0]).toEqual({
      text: [HOTPOT],
      target_lang: 'DE',
      source_lang: 'ZH',
      context: 'Comments under a Chengdu food post',
      formality: 'prefer_more',
      glossary_id: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7',
      split_sentences: '1',
    });
  });

  it('sends the coded language decoded in a text as context, in a request of its own, and none for texts without', async () => {
    const coded = '想飞叶子的姐妹，有需要的加薇信聊';
    const glossary = [
      { written: '飞叶子', meaning: 'smoke cannabis (literally "fly leaves")' },
      { written: '薇信', meaning: 'WeChat (an off-platform contact)' },
    ];
    const output = await engine({ context: 'Comments under a travel note' }).translate({ texts: [HOTPOT, coded, HASHTAGS], source: 'auto', target: 'en', glossaries: [undefined, glossary, undefined] }, live());
    expect(output.translations).toHaveLength(3);
    expect(output.translations[0]).toBe(HOTPOT_EN);
    expect(output.translations[2]).toBe(HASHTAGS);
    const bodies = sentBodies();
    expect(bodies).toHaveLength(2);
    const plain = bodies.find((body) => (body.text as string[]).includes(HOTPOT))!;
    expect(plain).toMatchObject({ text: [HOTPOT, HASHTAGS], context: 'Comments under a travel note' });
    const decoded = bodies.find((body) => (body.text as string[]).includes(coded))!;
    expect(decoded.text).toEqual([coded]);
    expect(decoded.context).toBe('Comments under a travel note\nCoded language in this text, to be translated by its meaning: "飞叶子" means smoke cannabis (literally "fly leaves"); "薇信" means WeChat (an off-platform contact).');
    expect(glossaryContext(undefined)).toBe('');
    expect(engine().capabilities.glossary).toBe(true);
  });

  it('leaves the glossary out when the source is auto-detected, which DeepL would reject', async () => {
    const output = await engine({ glossaryId: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([HOTPOT_EN]);
    expect(sentBodies()[0]).not.toHaveProperty('glossary_id');
    expect(sentBodies()[0]).not.toHaveProperty('source_lang');
  });

  it('sends more/less as prefer_more/prefer_less so targets without formality still translate', async () => {
    await engine({ formality: 'less' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    await engine({ formality: 'more' }).translate({ texts: [HOTPOT], source: 'auto', target: 'zh-Hant' }, live());
    await engine({ formality: 'default' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    const [less, more, plain] = sentBodies();
    expect(less!.formality).toBe('prefer_less');
    expect(more!.formality).toBe('prefer_more');
    expect(plain).not.toHaveProperty('formality');
  });

  it('changes the cache variant with formality, glossary and context only', () => {
    const variant = (config: Partial<DeeplConfig>) => engine(config).cacheVariant;
    expect(variant({})).toBe(variant({ formality: 'default' }));
    expect(variant({ apiKey: 'other-key' })).toBe(variant({}));
    const variants = [variant({}), variant({ formality: 'prefer_less' }), variant({ formality: 'prefer_more' }), variant({ glossaryId: 'g1' }), variant({ glossaryId: 'g2' }), variant({ context: 'food' })];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('stays within DeepL limits at its advertised capacity, even for Chinese text', async () => {
    const { maxSegments, maxChars } = engine().capabilities;
    expect(maxSegments).toBe(50);
    const perText = Math.floor(maxChars / maxSegments);
    const texts = Array.from({ length: maxSegments }, () => '汉'.repeat(perText));
    const output = await engine().translate({ texts, source: 'zh-Hans', target: 'ja' }, live());
    expect(output.translations).toHaveLength(maxSegments);
    expect(Buffer.byteLength(server.requests[0]!.raw)).toBeLessThanOrEqual(128 * 1024);
  });

  describe('host', () => {
    it.each([
      ['abc123:fx', `${DEEPL_FREE_URL}/v2/translate`],
      ['  abc123:fx  ', `${DEEPL_FREE_URL}/v2/translate`],
      ['abc123', `${DEEPL_PRO_URL}/v2/translate`],
      ['abc:fx-not-free', `${DEEPL_PRO_URL}/v2/translate`],
    ])('picks the host from the key %j', async (apiKey, url) => {
      const { calls, fetchImpl } = cannedFetch(200, ONE_TRANSLATION);
      // The settings store "no override" as an empty string.
      const output = await createDeeplEngine({ apiKey, baseUrl: '', fetchImpl }).translate({ texts: ['你好'], source: 'auto', target: 'en' }, live());
      expect(output).toEqual({ translations: ['hello'], detected: ['zh'] });
      expect(calls.map((call) => call.url)).toEqual([url]);
      expect(new Headers(calls[0]!.init?.headers).get('authorization')).toBe(`DeepL-Auth-Key ${apiKey.trim()}`);
    });

    it('picks the host from the key when no baseUrl is given at all', async () => {
      const { calls, fetchImpl } = cannedFetch(200, ONE_TRANSLATION);
      await createDeeplEngine({ apiKey: 'abc:fx', fetchImpl }).translate({ texts: ['你好'], source: 'auto', target: 'en' }, live());
      expect(calls.map((call) => call.url)).toEqual([`${DEEPL_FREE_URL}/v2/translate`]);
    });

    it('lets baseUrl override the host, without a doubled slash', async () => {
      const { calls, fetchImpl } = cannedFetch(200, ONE_TRANSLATION);
      await createDeeplEngine({ apiKey: 'abc:fx', baseUrl: 'https://proxy.example/deepl/', fetchImpl }).translate({ texts: ['你好'], source: 'auto', target: 'en' }, live());
      expect(calls.map((call) => call.url)).toEqual(['https://proxy.example/deepl/v2/translate']);
    });
  });

  describe('failures', () => {
    it('refuses to send without a key', async () => {
      const error = await failure(engine({ apiKey: '  ' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(server.requests).toHaveLength(0);
    });

    it('maps a rejected key to engine-auth, not retryable', async () => {
      const error = await failure(engine({ apiKey: 'wrong-key:fx' }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-auth');
      expect(error.detail).toBe('HTTP 403: Forbidden');
      expect(isRetryable(error)).toBe(false);
    });

    it.each<[FailureMode, ErrorCode, boolean, number | undefined]>([
      ['http-401', 'engine-auth', false, undefined],
      ['quota', 'engine-quota', false, undefined],
      ['http-429', 'engine-rate-limit', true, 1000],
      ['http-503', 'engine-rate-limit', true, undefined],
      ['http-500', 'engine-unavailable', true, undefined],
      ['malformed-json', 'engine-bad-response', false, undefined],
      ['truncated-stream', 'engine-bad-response', false, undefined],
      ['wrong-count', 'engine-bad-response', false, undefined],
    ])('maps the mock failure %s to %s (retryable: %s)', async (mode, code, retryable, retryAfterMs) => {
      server.setMode(mode);
      const error = await failure(engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(error.engine).toBe('deepl');
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError).toBe(retryable);
      if (error instanceof RetryableEngineError) expect(error.retryAfterMs).toBe(retryAfterMs);
    });

    it('reports the quota and count mismatch in the detail', async () => {
      server.setMode('quota', { times: 1 });
      expect((await failure(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()))).detail).toBe('HTTP 456: Quota exceeded');
      server.setMode('wrong-count', { times: 1 });
      expect((await failure(engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live()))).detail).toBe('asked for 2 segments, got 1');
      server.setMode('http-503', { times: 1 });
      expect((await failure(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()))).detail).toBe('HTTP 529: Too many requests');
    });

    it.each<[number, ErrorCode, boolean]>([
      [400, 'engine-bad-response', false],
      [404, 'engine-bad-response', false],
      [413, 'engine-bad-response', false],
      [456, 'engine-quota', false],
      [429, 'engine-rate-limit', true],
      [529, 'engine-rate-limit', true],
      [500, 'engine-unavailable', true],
      [503, 'engine-unavailable', true],
      [504, 'engine-unavailable', true],
    ])('maps HTTP %i to %s (retryable: %s)', async (status, code, retryable) => {
      const { fetchImpl } = cannedFetch(status, JSON.stringify({ message: 'from DeepL' }), { 'Retry-After': '2' });
      const error = await failure(createDeeplEngine({ apiKey: 'k:fx', fetchImpl }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(error.detail).toContain(`HTTP ${status}: from DeepL`);
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError ? error.retryAfterMs : undefined).toBe(retryable ? 2000 : undefined);
    });

    it('maps more texts than DeepL takes (413) to engine-bad-response', async () => {
      const texts = Array.from({ length: 51 }, (_, index) => `line ${index}`);
      const error = await failure(engine().translate({ texts, source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toContain('HTTP 413');
      expect(isRetryable(error)).toBe(false);
    });

    it('maps a body over 128 KiB (413) to engine-bad-response', async () => {
      const texts = Array.from({ length: 50 }, () => '汉'.repeat(900));
      const error = await failure(engine().translate({ texts, source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toContain('HTTP 413');
    });

    it('rejects a 200 that is not the DeepL shape', async () => {
      const { fetchImpl } = cannedFetch(200, JSON.stringify({ translations: [{ detected_source_language: 'ZH' }] }));
      const error = await failure(createDeeplEngine({ apiKey: 'k', fetchImpl }).translate({ texts: ['x'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toBe('unexpected response shape');
    });

    it('returns a script payload as inert text, unchanged', async () => {
      server.setMode('html-payload');
      const output = await engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
      expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}${HOTPOT_EN}`]);
    });
  });

  describe('abort', () => {
    it('does not send anything when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
      expect(server.requests).toHaveLength(0);
    });

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

describe('DeepL mock', () => {
  const post = (body: BodyInit, headers: Record<string, string>) => fetch(`${server.url}/v2/translate`, { method: 'POST', body, headers });
  const auth = { Authorization: `DeepL-Auth-Key ${MOCK_DEEPL_KEY}` };

  it('accepts a form body with repeated text and answers with X-Trace-ID', async () => {
    const form = new URLSearchParams([
      ['text', HOTPOT],
      ['text', 'Hello, world!'],
      ['target_lang', 'ZH-HANS'],
    ]);
    const response = await post(form, { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-trace-id')).toMatch(/^mock-/);
    expect(await response.json()).toEqual({
      translations: [
        { detected_source_language: 'ZH', text: `⟨zh-Hans⟩ ${HOTPOT}` },
        { detected_source_language: 'EN', text: '你好，世界！' },
      ],
    });
  });

  it.each([
    ['a Bearer token', { Authorization: `Bearer ${MOCK_DEEPL_KEY}` }],
    ['another key', { Authorization: 'DeepL-Auth-Key someone-else:fx' }],
    ['no header', {} as Record<string, string>],
  ])('answers 403 for %s', async (_, headers) => {
    const response = await post(JSON.stringify({ text: ['x'], target_lang: 'DE' }), { ...headers, 'Content-Type': 'application/json' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: 'Forbidden' });
  });

  it.each([
    ['no target_lang', { text: ['x'] }, "Value for 'target_lang' not supported."],
    ['an unknown target_lang', { text: ['x'], target_lang: 'XX' }, "Value for 'target_lang' not supported."],
    ['a glossary without source_lang', { text: ['x'], target_lang: 'DE', glossary_id: 'g' }, "Use of a glossary requires the 'source_lang' parameter to be specified."],
    ['formality "less" for English', { text: ['x'], target_lang: 'EN-US', formality: 'less' }, "'formality' is not supported for given 'target_lang'."],
  ])('answers 400 for %s', async (_, body, message) => {
    const response = await post(JSON.stringify(body), { ...auth, 'Content-Type': 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message });
  });
});

describe('DeepL contract (DeepLcom/openapi extract)', () => {
  it('every request body the engine sends matches the JSON request schema and uses only declared fields', async () => {
    const validate = requestValidator('application/json');
    const declared = requestProperties('application/json');
    await engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'zh-Hant' }, live());
    await engine({ context: 'food', formality: 'less', glossaryId: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7' }).translate({ texts: [HOTPOT], source: 'zh-Hans', target: 'en' }, live());
    await engine({ formality: 'more' }).translate({ texts: ['Hi'], source: 'en', target: 'ja' }, live());
    const bodies = sentBodies();
    expect(bodies).toHaveLength(3);
    for (const body of bodies) {
      expect(validate(body), describeErrors(validate)).toBe(true);
      expect(Object.keys(body).filter((key) => !declared.includes(key))).toEqual([]);
    }
  });

  it('the validators are live: $refs resolve and bad bodies fail', () => {
    const validate = requestValidator('application/json');
    expect(validate({ text: ['x'], target_lang: 'DE' })).toBe(true);
    expect(validate({ text: ['x'] })).toBe(false);
    expect(validate({ text: 'x', target_lang: 'DE' })).toBe(false);
    // Enums that live behind $ref in components.
    expect(validate({ text: ['x'], target_lang: 'DE', formality: 'loud' })).toBe(false);
    expect(validate({ text: ['x'], target_lang: 'DE', split_sentences: 'newlines' })).toBe(false);
    const response = successValidator();
    expect(response({ translations: [] })).toBe(false);
    expect(response({ translations: [{ text: 1 }] })).toBe(false);
    expect(errorValidator(456)!({ code: 'x' })).toBe(false);
  });

  it('the form body the mock accepts matches the form schema', () => {
    const validate = requestValidator('application/x-www-form-urlencoded');
    const form = new URLSearchParams([
      ['text', 'Hello'],
      ['text', 'World'],
      ['target_lang', 'DE'],
      ['source_lang', 'EN'],
      ['preserve_formatting', '1'],
    ]).toString();
    expect(validate(formToObject(form)), describeErrors(validate)).toBe(true);
    expect(validate(formToObject(new URLSearchParams([['text', 'x'], ['target_lang', 'DE'], ['preserve_formatting', 'true']]).toString()))).toBe(false);
  });

  it('every 200 the mock sends matches the response schema', async () => {
    const validate = successValidator();
    const received: unknown[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      received.push(await response.clone().json());
      return response;
    };
    const deepl = engine({ fetchImpl });
    await deepl.translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en' }, live());
    await deepl.translate({ texts: ['Hello, world!'], source: 'en', target: 'zh-Hans' }, live());
    server.setMode('html-payload', { times: 1 });
    await deepl.translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    expect(received).toHaveLength(3);
    for (const body of received) expect(validate(body), describeErrors(validate)).toBe(true);
  });

  it.each<[FailureMode | 'bad-key' | 'too-many' | 'no-target', number]>([
    ['bad-key', 403],
    ['quota', 456],
    ['http-429', 429],
    ['http-503', 529],
    ['too-many', 413],
    ['no-target', 400],
  ])('the mock error for %s is a documented %i with an ErrorResponse body', async (scenario, status) => {
    const body = { text: scenario === 'too-many' ? Array.from({ length: 51 }, () => 'x') : ['x'], ...(scenario === 'no-target' ? {} : { target_lang: 'DE' }) };
    const key = scenario === 'bad-key' ? 'nope' : MOCK_DEEPL_KEY;
    if (scenario !== 'bad-key' && scenario !== 'too-many' && scenario !== 'no-target') server.setMode(scenario, { times: 1 });
    const response = await fetch(`${server.url}/v2/translate`, {
      method: 'POST',
      headers: { Authorization: `DeepL-Auth-Key ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(status);
    const validate = errorValidator(status);
    expect(validate).toBeDefined();
    expect(validate!(await response.json()), describeErrors(validate!)).toBe(true);
  });
});
