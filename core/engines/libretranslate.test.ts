import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { libreTranslateProvider, MOCK_LIBRETRANSLATE_KEY, setLibreLanguageStyle } from '../../test/mocks/providers/libretranslate';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import { FerryError, type ErrorCode } from '../messaging/errors';
import { isRetryable, RetryableEngineError } from './http';
import { createLibreTranslateEngine, fromLibreLanguage, toLibreLanguage, type LibreTranslateConfig } from './libretranslate';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer({ providers: [libreTranslateProvider] });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.setMode('ok');
  server.requests.length = 0;
});

afterEach(() => {
  setLibreLanguageStyle('new');
});

const HOTPOT = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
const HOTPOT_EN = 'A 3-day hotpot crawl in Chengdu 🌶️ | Old-school spots the locals keep to themselves';
const HASHTAGS = '#成都美食 #成都火锅 #旅行攻略';

function engine(overrides: Partial<LibreTranslateConfig> = {}) {
  return createLibreTranslateEngine({ baseUrl: server.url, ...overrides });
}

function live(): AbortSignal {
  return new AbortController().signal;
}

function translateRequests() {
  return server.requests.filter((request) => request.path === '/translate');
}

function languageReads() {
  return server.requests.filter((request) => request.path === '/languages');
}

async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

/** Real fetch to the mock, except for the URLs `override` answers. */
function fetchWith(override: (url: string) => Promise<Response> | undefined): typeof fetch {
  return (input, init) => override(String(input)) ?? fetch(input, init);
}

const NEW_LANGUAGES = JSON.stringify(['en', 'zh-Hans', 'zh-Hant', 'de'].map((code) => ({ code, name: code, targets: [] })));

/** A server whose /languages is canned and whose /translate answers `body`. */
function cannedServer(body: unknown): typeof fetch {
  return async (input) =>
    String(input).endsWith('/languages')
      ? new Response(NEW_LANGUAGES, { status: 200, headers: { 'Content-Type': 'application/json' } })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('LibreTranslate engine', () => {
  it('reads /languages, then posts one request per detected source language and returns translations', async () => {
    const output = await engine().translate({ texts: [HOTPOT, HASHTAGS, 'Hello, world!'], source: 'auto', target: 'en', sourceHints: ['zh', 'zh', 'en'] }, live());

    expect(output).toEqual({ translations: [HOTPOT_EN, HASHTAGS, '⟨en⟩ Hello, world!'], detected: ['zh-Hans', 'zh-Hans', 'en'] });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /languages', 'POST /translate', 'POST /translate']);
    const [chinese, english] = translateRequests();
    expect(chinese!.headers['content-type']).toBe('application/json');
    expect(chinese!.body).toEqual({ q: [HOTPOT, HASHTAGS], source: 'zh-Hans', target: 'en', format: 'text' });
    expect(english!.body).toEqual({ q: 'Hello, world!', source: 'en', target: 'en', format: 'text' });
  });

  it('never lets one text decide the source of a mixed-language batch (the server detects once per request)', async () => {
    const texts = ['今天去吃火锅', 'ラーメン食べたい', 'こんにちは世界', 'Good morning'];
    // Without hints every text is asked alone with "auto"; with them, same-language texts share a request.
    for (const sourceHints of [undefined, ['zh', 'ja', 'ja', undefined]]) {
      server.requests.length = 0;
      const output = await engine().translate({ texts, source: 'auto', target: 'es', sourceHints }, live());
      expect(output.translations).toEqual(texts.map((text) => `⟨es⟩ ${text}`));
      expect(output.detected).toEqual(['zh-Hans', 'ja', 'ja', 'en']);
      for (const request of translateRequests()) {
        const body = request.body as { q: string | string[]; source: string };
        if (body.source === 'auto') expect(typeof body.q).toBe('string');
      }
    }
  });

  it('is charged one rate-limit token per text, as the server counts them', () => {
    expect(engine().capabilities.rate.perSegment).toBe(true);
  });

  it('keeps the line breaks of a multi-line post', async () => {
    const output = await engine().translate({ texts: [`${HOTPOT}\n\n${HASHTAGS}`], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${HOTPOT_EN}\n\n${HASHTAGS}`]);
  });

  it.each([
    ['new', 'zh-Hans', 'zh-Hans'],
    ['new', 'zh-Hant', 'zh-Hant'],
    ['old', 'zh-Hans', 'zh'],
    ['old', 'zh-Hant', 'zt'],
    ['old', 'ja', 'ja'],
  ] as const)('on a server with %s-style codes sends the target %s as %s', async (style, target, code) => {
    setLibreLanguageStyle(style);
    const output = await engine().translate({ texts: ['Good morning'], source: 'en', target }, live());
    expect((translateRequests()[0]!.body as { target: string }).target).toBe(code);
    // The mock translated into the script the code names.
    expect(output.translations).toEqual([`⟨${target}⟩ Good morning`]);
  });

  it.each([
    ['new', 'zh-Hant', 'zh-Hant'],
    ['old', 'zh-Hant', 'zt'],
    ['old', 'zh-Hans', 'zh'],
    // A source the server does not list goes to its detector instead of failing.
    ['new', 'it', 'auto'],
  ] as const)('on a server with %s-style codes sends the source %s as %s', async (style, source, code) => {
    setLibreLanguageStyle(style);
    await engine().translate({ texts: [HOTPOT], source, target: 'en' }, live());
    expect((translateRequests()[0]!.body as { source: string }).source).toBe(code);
  });

  it('reports the old-style detected codes in Ferry form', async () => {
    setLibreLanguageStyle('old');
    const output = await engine().translate({ texts: [HOTPOT, 'Hello'], source: 'auto', target: 'de' }, live());
    expect(output.detected).toEqual(['zh', 'en']);
  });

  it('maps codes in both directions', () => {
    const old = new Set(['en', 'zh', 'zt', 'pt', 'pb']);
    const current = new Set(['en', 'zh-Hans', 'zh-Hant', 'pt', 'pt-BR']);
    const both = new Set(['zh', 'zt', 'zh-Hans', 'zh-Hant']);
    expect(toLibreLanguage('zh-TW', old)).toBe('zt');
    // A server listing both generations gets the script-tagged codes.
    expect(toLibreLanguage('zh-Hant', both)).toBe('zh-Hant');
    expect(toLibreLanguage('zh-Hans', both)).toBe('zh-Hans');
    expect(toLibreLanguage('zh-Hans', current)).toBe('zh-Hans');
    expect(toLibreLanguage('pt-BR', old)).toBe('pb');
    expect(toLibreLanguage('pt-BR', current)).toBe('pt-BR');
    expect(toLibreLanguage('en-GB', current)).toBe('en');
    expect(toLibreLanguage('zh-Hant', new Set(['en', 'zh']))).toBeUndefined();
    expect(toLibreLanguage('ko', current)).toBeUndefined();
    expect(fromLibreLanguage('zt')).toBe('zh-Hant');
    expect(fromLibreLanguage('pb')).toBe('pt-BR');
    expect(fromLibreLanguage('zh-Hans')).toBe('zh-Hans');
    expect(fromLibreLanguage('EN')).toBe('en');
  });

  it('reads /languages once per engine', async () => {
    const libre = engine();
    await Promise.all([
      libre.translate({ texts: ['a'], source: 'auto', target: 'de' }, live()),
      libre.translate({ texts: ['b'], source: 'auto', target: 'fr' }, live()),
    ]);
    await libre.translate({ texts: ['c'], source: 'auto', target: 'ja' }, live());
    expect(languageReads()).toHaveLength(1);
    expect(translateRequests()).toHaveLength(3);
    // Another engine instance (another server, maybe) reads its own.
    await engine().translate({ texts: ['d'], source: 'auto', target: 'ja' }, live());
    expect(languageReads()).toHaveLength(2);
  });

  it('reads /languages again after a failed read', async () => {
    let failNext = true;
    const fetchImpl = fetchWith((url) => {
      if (!url.endsWith('/languages') || !failNext) return undefined;
      failNext = false;
      return Promise.resolve(new Response(JSON.stringify({ error: 'warming up' }), { status: 500, headers: { 'Content-Type': 'application/json' } }));
    });
    const libre = engine({ fetchImpl });
    const error = await failure(libre.translate({ texts: ['a'], source: 'auto', target: 'de' }, live()));
    expect(error.code).toBe('engine-unavailable');
    expect(error.detail).toBe('HTTP 500: warming up');
    expect(isRetryable(error)).toBe(true);
    await expect(libre.translate({ texts: ['a'], source: 'auto', target: 'de' }, live())).resolves.toEqual({ translations: ['⟨de⟩ a'], detected: ['en'] });
    // The failed read never reached the mock; the retry did.
    expect(languageReads()).toHaveLength(1);
  });

  it('rejects a /languages answer that is not a language list', async () => {
    const fetchImpl = fetchWith((url) => (url.endsWith('/languages') ? Promise.resolve(new Response('{"languages":"en"}', { status: 200 })) : undefined));
    const error = await failure(engine({ fetchImpl }).translate({ texts: ['a'], source: 'auto', target: 'de' }, live()));
    expect(error.code).toBe('engine-bad-response');
    expect(translateRequests()).toHaveLength(0);
  });

  it('fails a target the server does not offer before sending the texts', async () => {
    const error = await failure(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'it' }, live()));
    expect(error.code).toBe('engine-bad-response');
    expect(error.detail).toBe('this LibreTranslate server does not offer it');
    expect(isRetryable(error)).toBe(false);
    expect(translateRequests()).toHaveLength(0);
  });

  it('sends the API key only when one is set', async () => {
    await engine({ apiKey: ` ${MOCK_LIBRETRANSLATE_KEY} ` }).translate({ texts: ['a'], source: 'auto', target: 'de' }, live());
    await engine({ apiKey: '' }).translate({ texts: ['a'], source: 'auto', target: 'de' }, live());
    const [withKey, withoutKey] = translateRequests().map((request) => request.body as Record<string, unknown>);
    expect(withKey!.api_key).toBe(MOCK_LIBRETRANSLATE_KEY);
    expect(withoutKey).not.toHaveProperty('api_key');
  });

  it('maps a rejected key to engine-auth, not retryable', async () => {
    const error = await failure(engine({ apiKey: 'wrong' }).translate({ texts: ['a'], source: 'auto', target: 'de' }, live()));
    expect(error.code).toBe('engine-auth');
    expect(error.detail).toBe('HTTP 403: Invalid API key');
    expect(isRetryable(error)).toBe(false);
  });

  it('uses the base URL without a doubled slash and changes the cache variant with it', async () => {
    const urls: string[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      urls.push(String(input));
      return cannedServer({ translatedText: ['x'] })(input, init);
    };
    const libre = createLibreTranslateEngine({ baseUrl: 'https://libre.example/', fetchImpl });
    await libre.translate({ texts: ['a'], source: 'auto', target: 'de' }, live());
    expect(urls).toEqual(['https://libre.example/languages', 'https://libre.example/translate']);
    expect(libre.cacheVariant).toBe(createLibreTranslateEngine({ baseUrl: 'https://libre.example' }).cacheVariant);
    expect(libre.cacheVariant).not.toBe(createLibreTranslateEngine({ baseUrl: 'https://other.example' }).cacheVariant);
  });

  it('fills the advertised capacity without tripping the server limits', async () => {
    const { maxSegments, maxChars } = engine().capabilities;
    expect([maxSegments, maxChars]).toEqual([50, 5000]);
    const texts = Array.from({ length: maxSegments }, () => '汉'.repeat(maxChars / maxSegments));
    const output = await engine().translate({ texts, source: 'zh-Hans', target: 'en' }, live());
    expect(output.translations).toHaveLength(maxSegments);
  });

  describe('response shapes', () => {
    it('accepts a single translatedText and detectedLanguage object for one text', async () => {
      const libre = engine({ fetchImpl: cannedServer({ translatedText: 'hello', detectedLanguage: { confidence: 80, language: 'zh-Hant' } }) });
      await expect(libre.translate({ texts: ['你好'], source: 'auto', target: 'en' }, live())).resolves.toEqual({ translations: ['hello'], detected: ['zh-Hant'] });
    });

    it('reads a single detectedLanguage object for a one-text request', async () => {
      const libre = engine({ fetchImpl: cannedServer({ translatedText: ['a'], detectedLanguage: { confidence: 50, language: 'fr' } }) });
      await expect(libre.translate({ texts: ['x'], source: 'auto', target: 'en' }, live())).resolves.toEqual({ translations: ['a'], detected: ['fr'] });
    });

    it('reports the given source as the detected one', async () => {
      const output = await engine().translate({ texts: [HOTPOT], source: 'zh-Hans', target: 'en' }, live());
      expect(output).toEqual({ translations: [HOTPOT_EN], detected: ['zh-Hans'] });
    });

    it('counts a single string for several texts as a mismatch', async () => {
      const error = await failure(engine({ fetchImpl: cannedServer({ translatedText: 'ab' }) }).translate({ texts: ['a', 'b'], source: 'auto', target: 'en', sourceHints: ['en', 'en'] }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toBe('asked for 2 segments, got 1');
    });

    it('rejects a 200 without translatedText', async () => {
      const error = await failure(engine({ fetchImpl: cannedServer({ detectedLanguage: [] }) }).translate({ texts: ['a'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toBe('unexpected response shape');
    });
  });

  describe('failures', () => {
    it.each<[FailureMode, ErrorCode, boolean, string]>([
      ['http-401', 'engine-auth', false, 'HTTP 403: Invalid API key'],
      ['quota', 'engine-quota', false, 'HTTP 403: Too many request limits violations'],
      ['http-429', 'engine-rate-limit', true, 'HTTP 429: Slowdown: 1 per 1 second'],
      ['http-500', 'engine-unavailable', true, 'HTTP 500: Cannot translate text: model crashed'],
      ['http-503', 'engine-unavailable', true, 'HTTP 503'],
      ['malformed-json', 'engine-bad-response', false, 'response is not JSON'],
      ['truncated-stream', 'engine-bad-response', false, 'response is not JSON'],
      ['wrong-count', 'engine-bad-response', false, 'asked for 2 segments, got 1'],
    ])('maps the mock failure %s to %s (retryable: %s)', async (mode, code, retryable, detail) => {
      server.setMode(mode);
      const error = await failure(engine().translate({ texts: [HOTPOT, HASHTAGS], source: 'auto', target: 'en', sourceHints: ['zh', 'zh'] }, live()));
      expect(error.code).toBe(code);
      expect(error.engine).toBe('libretranslate');
      expect(error.detail).toBe(detail);
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError).toBe(retryable);
    });

    it.each<[number, ErrorCode, boolean]>([
      [400, 'engine-bad-response', false],
      [404, 'engine-bad-response', false],
      [403, 'engine-auth', false],
      [429, 'engine-rate-limit', true],
      [500, 'engine-unavailable', true],
      [502, 'engine-unavailable', true],
    ])('maps HTTP %i to %s (retryable: %s)', async (status, code, retryable) => {
      const fetchImpl = fetchWith((url) =>
        url.endsWith('/translate') ? Promise.resolve(new Response(JSON.stringify({ error: 'from the server' }), { status, headers: { 'Retry-After': '3' } })) : undefined,
      );
      const error = await failure(engine({ fetchImpl }).translate({ texts: ['a'], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe(code);
      expect(error.detail).toContain(`HTTP ${status}: from the server`);
      expect(isRetryable(error)).toBe(retryable);
      expect(error instanceof RetryableEngineError ? error.retryAfterMs : undefined).toBe(retryable ? 3000 : undefined);
    });

    it('maps more texts than the batch limit (400) to engine-bad-response', async () => {
      const error = await failure(engine().translate({ texts: Array.from({ length: 51 }, (_, index) => `t${index}`), source: 'auto', target: 'en', sourceHints: Array(51).fill('en') }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(error.detail).toBe('HTTP 400: Invalid request: request (51) exceeds text limit (50)');
    });

    it('maps more characters than the char limit (400) to engine-bad-response', async () => {
      const error = await failure(engine().translate({ texts: ['a'.repeat(5001)], source: 'auto', target: 'en' }, live()));
      expect(error.code).toBe('engine-bad-response');
      expect(isRetryable(error)).toBe(false);
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

    it('stops waiting for a hanging /translate when aborted', async () => {
      server.setMode('hang');
      const controller = new AbortController();
      const pending = engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, controller.signal);
      await expect.poll(() => translateRequests().length).toBe(1);
      controller.abort();
      const error = await pending.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(error).not.toBeInstanceOf(FerryError);
    });

    it('stops waiting for a slow /languages when aborted, without cancelling it for other callers', async () => {
      let release: (() => void) | undefined;
      const fetchImpl = fetchWith((url) => {
        if (!url.endsWith('/languages')) return undefined;
        return new Promise<void>((resolve) => (release = resolve)).then(() => fetch(url));
      });
      const libre = engine({ fetchImpl });
      const controller = new AbortController();
      const aborted = libre.translate({ texts: ['a'], source: 'auto', target: 'de' }, controller.signal);
      const patient = libre.translate({ texts: ['b'], source: 'auto', target: 'de' }, live());
      await expect.poll(() => release).toBeDefined();
      controller.abort();
      await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
      release!();
      await expect(patient).resolves.toEqual({ translations: ['⟨de⟩ b'], detected: ['en'] });
      expect(translateRequests().map((request) => (request.body as { q: string }).q)).toEqual(['b']);
    });
  });
});

describe('LibreTranslate mock', () => {
  it('answers a string q with single values and an array q with arrays', async () => {
    const post = (q: string | string[]) =>
      fetch(`${server.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q, source: 'auto', target: 'zh-Hans' }) }).then((response) => response.json());
    expect(await post('Hello, world!')).toEqual({ detectedLanguage: { confidence: 90, language: 'en' }, translatedText: '你好，世界！' });
    expect(await post(['Hello, world!'])).toEqual({ detectedLanguage: [{ confidence: 90, language: 'en' }], translatedText: ['你好，世界！'] });
  });

  it('lists the codes of the chosen style and rejects the other style', async () => {
    const codes = async () => ((await (await fetch(`${server.url}/languages`)).json()) as { code: string }[]).map((language) => language.code);
    expect(await codes()).toEqual(expect.arrayContaining(['zh-Hans', 'zh-Hant', 'pt-BR']));
    expect(await codes()).not.toContain('zt');
    setLibreLanguageStyle('old');
    expect(await codes()).toEqual(expect.arrayContaining(['zh', 'zt', 'pb']));
    expect(await codes()).not.toContain('zh-Hans');
    const response = await fetch(`${server.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'x', source: 'auto', target: 'zh-Hans' }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'zh-Hans is not supported' });
  });

  it.each([
    ['q', { source: 'auto', target: 'de' }, 'Invalid request: missing q parameter'],
    ['source', { q: 'x', target: 'de' }, 'Invalid request: missing source parameter'],
    ['target', { q: 'x', source: 'auto' }, 'Invalid request: missing target parameter'],
  ])('answers 400 without %s', async (_, body, message) => {
    const response = await fetch(`${server.url}/translate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: message });
  });
});
