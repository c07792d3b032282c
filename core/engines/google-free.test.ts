import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer, type FailureMode } from '../../test/mocks/engine-server';
import { GTX_MAX_URL_BYTES, googleGtxProvider, googleTranslateHtmlProvider, MOCK_GOOGLE_WEB_KEY } from '../../test/mocks/providers/google-free';
import { SCRIPT_PAYLOAD } from '../../test/mocks/providers/types';
import { PHRASEBOOK } from '../../test/mocks/phrasebook';
import { FerryError, type ErrorCode } from '../messaging/errors';
import {
  createGoogleFreeEngine,
  GOOGLE_FREE_MAX_CHARS,
  GOOGLE_FREE_MAX_SEGMENTS,
  GOOGLE_WEB_KEY,
  GTX_MAX_ENCODED_QUERY,
  PRIMARY_REST_MS,
  splitForGtx,
  type GoogleFreeConfig,
} from './google-free';
import { isRetryable, RetryableEngineError } from './http';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer({ providers: [googleTranslateHtmlProvider, googleGtxProvider] });
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
const MENTION = '第二家是 @辣妹子探店日记 推荐的，排队一小时但真的值！';
const en = (text: string) => PHRASEBOOK[text]!;

function engine(overrides: Partial<GoogleFreeConfig> = {}) {
  return createGoogleFreeEngine({ baseUrl: server.url, fallbackBaseUrl: server.url, ...overrides });
}

const live = () => new AbortController().signal;
const htmlRequests = () => server.requests.filter((request) => request.path === '/v1/translateHtml');
const gtxRequests = () => server.requests.filter((request) => request.path === '/translate_a/single');

async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

describe('Google free engine: translateHtml', () => {
  it('posts a JSON-protobuf array with the public key and returns decoded translations and detected languages', async () => {
    const output = await engine().translate({ texts: [HOTPOT, 'Hello, world!'], source: 'auto', target: 'zh-Hans' }, live());

    expect(output).toEqual({ translations: [`⟨zh-Hans⟩ ${HOTPOT}`, '你好，世界！'], detected: ['zh-Hans', 'en'] });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/translateHtml');
    expect(request.headers['content-type']).toBe('application/json+protobuf');
    expect(request.headers['x-goog-api-key']).toBe(GOOGLE_WEB_KEY);
    expect(GOOGLE_WEB_KEY).toBe(MOCK_GOOGLE_WEB_KEY);
    expect(request.body).toEqual([[[HOTPOT, 'Hello, world!'], 'auto', 'zh-CN'], 'wt_lib']);
  });

  it('keeps line breaks, blank lines, hashtags, @mentions and emoji of a multi-line post', async () => {
    const post = `${HOTPOT}\n\n${MENTION}\n${HASHTAGS}`;
    const output = await engine().translate({ texts: [post], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([`${en(HOTPOT)}\n\n${en(MENTION)}\n${HASHTAGS}`]);
    // translateHtml reads HTML, where a raw newline is only a space: breaks travel as <br>.
    const sent = (htmlRequests()[0]!.body as [[string[]]])[0][0][0]!;
    expect(sent).not.toContain('\n');
    expect(sent.split('<br>')).toHaveLength(4);
  });

  it('escapes markup characters on the way in and decodes entities exactly once on the way out', async () => {
    const texts = ['Tom & Jerry <3 "quoted"', 'literally &amp; and &lt;b&gt;'];
    const output = await engine().translate({ texts, source: 'en', target: 'de' }, live());
    expect(output.translations).toEqual(['⟨de⟩ Tom & Jerry <3 "quoted"', '⟨de⟩ literally &amp; and &lt;b&gt;']);
    expect((htmlRequests()[0]!.body as [[string[]]])[0][0]).toEqual(['Tom &amp; Jerry &lt;3 &quot;quoted&quot;', 'literally &amp;amp; and &amp;lt;b&amp;gt;']);
  });

  it('returns a script payload as inert text, never as markup', async () => {
    server.setMode('html-payload');
    const output = await engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    // The mock HTML-encodes the payload like Google does; decoded once it is the literal text.
    expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}${en(HOTPOT)}`]);
  });

  it.each([
    ['en', 'en'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['ja', 'ja'],
    ['ko', 'ko'],
  ])('sends the Ferry target %s as %s, keeping the Chinese script the user chose', async (target, google) => {
    await engine().translate({ texts: ['Hello, world!'], source: 'en', target }, live());
    expect((htmlRequests()[0]!.body as [[unknown, string, string]])[0][2]).toBe(google);
  });

  it('sends a Traditional source as zh-TW', async () => {
    await engine().translate({ texts: ['你好'], source: 'zh-Hant', target: 'en' }, live());
    expect((htmlRequests()[0]!.body as [[unknown, string]])[0][1]).toBe('zh-TW');
  });

  it('keeps blank texts out of the request (Google answers 400 to an empty item) and returns them as they were', async () => {
    const output = await engine().translate({ texts: ['  ', HOTPOT, ''], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual(['  ', en(HOTPOT), '']);
    expect((htmlRequests()[0]!.body as [[string[]]])[0][0]).toEqual([HOTPOT]);
    const onlyBlank = await engine().translate({ texts: ['', ' '], source: 'auto', target: 'en' }, live());
    expect(onlyBlank.translations).toEqual(['', ' ']);
    expect(htmlRequests()).toHaveLength(1);
  });

  it('carries a full batch at its advertised capacity in one request', async () => {
    const perText = GOOGLE_FREE_MAX_CHARS / GOOGLE_FREE_MAX_SEGMENTS;
    const texts = Array.from({ length: GOOGLE_FREE_MAX_SEGMENTS }, (_, index) => `${index}`.padEnd(perText, '汉'));
    expect(texts.join('').length).toBe(GOOGLE_FREE_MAX_CHARS);
    const output = await engine().translate({ texts, source: 'auto', target: 'ja' }, live());
    expect(output.translations).toEqual(texts.map((text) => `⟨ja⟩ ${text}`));
    expect(server.requests).toHaveLength(1);
  });
});

describe('Google free engine: fallback to translate_a/single', () => {
  it.each<FailureMode>(['http-500', 'http-503', 'http-429', 'quota', 'http-401', 'malformed-json', 'wrong-count'])(
    'answers through gtx when translateHtml fails with %s',
    async (mode) => {
      server.setMode(mode, { providers: ['google-free'] });
      const post = `${HOTPOT}\n\n${HASHTAGS}`;
      const output = await engine().translate({ texts: [post, 'Hello, world!'], source: 'auto', target: 'en' }, live());
      expect(output).toEqual({ translations: [`${en(HOTPOT)}\n\n${HASHTAGS}`, '⟨en⟩ Hello, world!'], detected: ['zh-Hans', 'en'] });
      expect(server.requests.map((request) => request.path)).toEqual(['/v1/translateHtml', '/translate_a/single', '/translate_a/single']);
      const gtx = gtxRequests()[0]!;
      expect(gtx.method).toBe('GET');
      // The hashtags arrived whole: '#' was percent-encoded, not read as a URL fragment.
      expect(gtx.query).toEqual({ client: 'gtx', sl: 'auto', tl: 'en', dt: 't', dj: '1', ie: 'UTF-8', oe: 'UTF-8', q: post });
    },
  );

  it('falls back when translateHtml does not answer in time', async () => {
    server.setMode('hang', { providers: ['google-free'] });
    const output = await engine({ primaryTimeoutMs: 150 }).translate({ texts: [HOTPOT], source: 'auto', target: 'zh-Hant' }, live());
    expect(output.translations).toEqual([`⟨zh-Hant⟩ ${HOTPOT}`]);
    expect(gtxRequests()[0]!.query.tl).toBe('zh-TW');
  });

  it('goes straight to gtx for a while after translateHtml failed, then tries translateHtml again', async () => {
    let clock = 1_000_000;
    const google = engine({ now: () => clock });
    server.setMode('http-503', { providers: ['google-free'], times: 1 });
    await google.translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live());
    await google.translate({ texts: [MENTION], source: 'auto', target: 'en' }, live());
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/translateHtml', '/translate_a/single', '/translate_a/single']);
    clock += PRIMARY_REST_MS;
    const output = await google.translate({ texts: [HASHTAGS], source: 'auto', target: 'en' }, live());
    expect(output.translations).toEqual([HASHTAGS]);
    expect(server.requests.at(-1)!.path).toBe('/v1/translateHtml');
  });

  it('returns a script payload from gtx as inert text', async () => {
    // A base URL with nothing behind it makes translateHtml fail without using up the mock's one failure mode.
    server.setMode('html-payload', { providers: ['google-gtx'] });
    const output = await engine({ baseUrl: `${server.url}/nowhere` }).translate({ texts: ['Hello &amp; bye'], source: 'auto', target: 'de' }, live());
    // gtx answers plain text: nothing is decoded or parsed.
    expect(output.translations).toEqual([`${SCRIPT_PAYLOAD}⟨de⟩ Hello &amp; bye`]);
  });

  it('sends a long text in several GETs that each fit a URL, and joins the answers with the line breaks in place', async () => {
    const lines = Array.from({ length: 6 }, (_, index) => `${index}${'汉'.repeat(399)}`);
    const post = lines.join('\n');
    // Sent in one GET this would be refused (414), as the mock's URL limit says.
    expect(encodeURIComponent(post).length).toBeGreaterThan(GTX_MAX_URL_BYTES);
    server.setMode('http-500', { providers: ['google-free'] });
    const output = await engine().translate({ texts: [post], source: 'auto', target: 'ko' }, live());
    expect(output.translations).toEqual([lines.map((line) => `⟨ko⟩ ${line}`).join('\n')]);
    expect(gtxRequests().length).toBeGreaterThan(1);
    for (const request of gtxRequests()) expect(encodeURIComponent(request.query.q!).length).toBeLessThanOrEqual(GTX_MAX_ENCODED_QUERY);
  });

  it.each<[FailureMode, ErrorCode, boolean, number | undefined]>([
    ['http-429', 'engine-rate-limit', true, 1000],
    ['quota', 'engine-rate-limit', true, undefined],
    ['http-500', 'engine-unavailable', true, undefined],
    ['http-503', 'engine-unavailable', true, undefined],
    // translateHtml's key refused, and gtx blocked: Google is refusing this network for now.
    ['http-401', 'engine-unavailable', true, undefined],
    ['malformed-json', 'engine-bad-response', false, undefined],
  ])('reports %s on both endpoints as %s (retryable: %s)', async (mode, code, retryable, retryAfterMs) => {
    server.setMode(mode);
    const error = await failure(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
    expect(error.code).toBe(code);
    expect(error.engine).toBe('google-free');
    expect(isRetryable(error)).toBe(retryable);
    expect(error instanceof RetryableEngineError ? error.retryAfterMs : undefined).toBe(retryAfterMs);
    expect(htmlRequests()).toHaveLength(1);
    expect(gtxRequests()).toHaveLength(1);
  });

  it('reports a CAPTCHA redirect from gtx as a rate limit', async () => {
    server.setMode('quota', { providers: ['google-gtx'] });
    const error = await failure(engine({ baseUrl: `${server.url}/nowhere` }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()));
    expect(error.code).toBe('engine-rate-limit');
    expect(error.detail).toBe('gtx HTTP 429');
    expect(isRetryable(error)).toBe(true);
    expect(server.requests.map((request) => request.path)).toEqual(['/nowhere/v1/translateHtml', '/translate_a/single', '/sorry/index']);
  });

  it('reports the translateHtml failure when gtx fails in a way no retry fixes', async () => {
    server.setMode('http-503', { providers: ['google-free'] });
    const error = await failure(
      engine({ fallbackBaseUrl: `${server.url}/nowhere` }).translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, live()),
    );
    expect(error.code).toBe('engine-unavailable');
    expect(error.detail).toBe('translateHtml HTTP 503: The service is currently unavailable.');
    expect(isRetryable(error)).toBe(true);
  });
});

describe('Google free engine: abort', () => {
  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine().translate({ texts: [HOTPOT], source: 'auto', target: 'en' }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('stops on abort without falling back to gtx', async () => {
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
    expect(gtxRequests()).toHaveLength(0);
  });
});

describe('splitForGtx', () => {
  it('leaves a text that fits alone', () => {
    expect(splitForGtx('短文\n第二行')).toEqual([{ text: '短文\n第二行', endsLine: false }]);
  });

  it('cuts at lines, then sentences, then characters, losing nothing and fitting every piece', () => {
    const text = ['第一行。', `${'长'.repeat(50)}。${'句'.repeat(50)}！`, '尾'.repeat(130), 'end'].join('\n');
    const max = 9 * 60;
    const pieces = splitForGtx(text, max);
    for (const piece of pieces) expect(encodeURIComponent(piece.text).length).toBeLessThanOrEqual(max);
    let rebuilt = '';
    pieces.forEach((piece, index) => {
      rebuilt += piece.text + (index < pieces.length - 1 ? (piece.endsLine ? '\n' : '') : '');
    });
    expect(rebuilt).toBe(text);
    expect(pieces.length).toBeGreaterThan(4);
  });
});
