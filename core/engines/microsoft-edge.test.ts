import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { microsoftEdgeProvider, rawMarkupIn } from '../../test/mocks/providers/microsoft-edge';
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

  it('keeps to the conservative limits production clients use: at most 20 items and 10,000 characters a request', async () => {
    const { maxSegments, maxChars } = engine().capabilities;
    expect(maxSegments).toBeLessThanOrEqual(20);
    expect(maxChars).toBeLessThanOrEqual(10_000);
    // Even a batch beyond them (the pipeline never builds one) goes out in requests within them.
    const texts = Array.from({ length: 45 }, (_, index) => `第${index}条 ${'好'.repeat(400)}`);
    const output = await engine().translate(zhToEn(texts), live());
    expect(output.translations).toHaveLength(45);
    const bodies = server.requests.map((request) => request.body as string[]);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of bodies) {
      expect(body.length).toBeLessThanOrEqual(20);
      expect(body.join('').length).toBeLessThanOrEqual(10_000);
    }
    expect(bodies.flat()).toEqual(texts);
  });

  it('splits a request the endpoint calls too large and sends each half again', async () => {
    const sizes: number[] = [];
    const picky: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body)) as string[];
      sizes.push(body.length);
      if (body.length > 3) return new Response(JSON.stringify({ error: { code: 400077, message: 'The maximum request size has been exceeded.' } }), { status: 400 });
      return fetch(input, init);
    };
    const texts = ['一', '二', '三', '四', '五', '六', '七'];
    const output = await engine(picky).translate(zhToEn(texts), live());
    expect(output.translations).toHaveLength(7);
    expect(sizes).toEqual([7, 4, 2, 2, 3]);
    // A 413 is read the same way.
    const sizes413: number[] = [];
    const tooLarge: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body)) as string[];
      sizes413.push(body.length);
      if (body.length > 1) return new Response('Request Entity Too Large', { status: 413 });
      return fetch(input, init);
    };
    await expect(engine(tooLarge).translate(zhToEn(['一', '二']), live())).resolves.toMatchObject({ translations: [expect.any(String), expect.any(String)] });
    expect(sizes413).toEqual([2, 1, 1]);
  });

  it('cuts a very long post at sentence boundaries and joins the translations back in order', async () => {
    const sentence = (index: number) => `第${index}句话讲的是成都的火锅。`;
    const long = Array.from({ length: 600 }, (_, index) => sentence(index)).join('');
    expect(long.length).toBeGreaterThan(5_000);
    const output = await engine().translate(zhToEn([long, '短']), live());
    const sent = server.requests.flatMap((request) => request.body as string[]);
    expect(sent.length).toBeGreaterThan(2);
    // Every piece ends where a sentence ends, and nothing is lost or reordered.
    for (const piece of sent.slice(0, -1)) expect(piece.endsWith('。')).toBe(true);
    expect(sent.slice(0, -1).join('')).toBe(long);
    expect(output.translations).toHaveLength(2);
    expect(output.translations[0]).toBe(sent.slice(0, -1).map((piece) => `⟨en⟩ ${piece}`).join(' '));
  });

  describe('markup-like characters (the endpoint runs an HTML tag aligner over every text)', () => {
    const POSTED = ['AT&T 的套餐', '爱你 <3', 'a<b 且 b>c', '>_< 哭了', '字面的 &amp; 要保留', '贴了个 <b>粗体</b>', '他说 "好"'];

    it('never sends a raw < or &, and shows every character exactly as posted', async () => {
      const output = await engine().translate(zhToEn(POSTED), live());
      const sent = server.requests.flatMap((request) => request.body as string[]);
      for (const text of sent) expect(rawMarkupIn(text)).toEqual([]);
      expect(sent).toEqual(POSTED.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
      expect(output.translations).toEqual(POSTED.map((text) => `⟨en⟩ ${text}`));
    });

    it('decodes the answer exactly once: an entity the post spelled out stays spelled out', async () => {
      const output = await engine().translate(zhToEn(['&lt;3 是爱心', '&amp;amp;']), live());
      expect(output.translations).toEqual(['⟨en⟩ &lt;3 是爱心', '⟨en⟩ &amp;amp;']);
    });
  });

  it('keeps line breaks, ZWJ emoji sequences and mixed scripts as posted', async () => {
    const texts = ['第一行\n\n第三行 👩‍👩‍👧‍👦', '今天去了 Costco 买了 iPhone', 'かわいい猫ちゃん 🐱‍👤'];
    const output = await engine().translate(zhToEn(texts), live());
    expect(server.requests[0]!.body).toEqual(texts);
    expect(output.translations[0]).toBe('⟨en⟩ 第一行\n\n⟨en⟩ 第三行 👩‍👩‍👧‍👦');
    expect(output.translations[2]).toContain('🐱‍👤');
  });

  it('asks for Traditional or Simplified Chinese by script', async () => {
    await engine().translate({ texts: ['Hello'], source: 'auto', target: 'zh-Hant' }, live());
    await engine().translate({ texts: ['Hello'], source: 'auto', target: 'zh-Hans' }, live());
    expect(server.requests.map((request) => request.query.to)).toEqual(['zh-Hant', 'zh-Hans']);
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
