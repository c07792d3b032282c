import { describe, expect, it, vi } from 'vitest';
import { SECRET_NAMES } from '../settings/secret-names';
import { protocol, type MessageType } from './protocol';
import { routeMessage, type Handlers, type MessageSender, type RouterOptions } from './router';

const EXTENSION_ID = 'ferryextensionidaaaaaaaaaaaaaaaa';
const OPTIONS: RouterOptions = { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/` };

/** The content script on a supported site: our id, the page's URL, a tab. */
const CONTENT_SCRIPT: MessageSender = { id: EXTENSION_ID, url: 'https://www.xiaohongshu.com/explore/6759a1c2000000000102a3b4', tab: { id: 7 } };
/** The options page opened in a tab. */
const OPTIONS_PAGE: MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html`, tab: { id: 8 } };
const POPUP: MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };

const stats = { entries: 0, bytes: 0, hits: 0, misses: 0 };
const maskedSecrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, '']));

/** A valid payload and answer for each message these tests send with a valid payload. */
const VALID: Partial<Record<MessageType, { payload: unknown; answer: (payload: never) => unknown }>> = {
  translate: {
    payload: { segments: [{ key: 'a', text: '你好' }], targetLanguage: 'en' },
    answer: ({ segments }: { segments: { key: string }[] }) => ({
      results: segments.map((segment) => ({ key: segment.key, status: 'skipped', reason: 'same-language', sourceLanguage: 'en' })),
    }),
  },
  openOptions: { payload: {}, answer: () => ({ opened: true }) },
  cancelTranslate: { payload: { requestIds: ['r1'] }, answer: () => ({ cancelled: 0 }) },
  lookupWord: { payload: { text: '种草', offset: 0 }, answer: () => ({ word: '', start: 0, end: 0, entries: [] }) },
  getStatus: { payload: {}, answer: () => ({ engines: [] }) },
  testEngine: { payload: { engine: 'microsoft-edge' }, answer: ({ engine }: { engine: string }) => ({ ok: true, engine, elapsedMs: 1 }) },
  getCacheStats: { payload: {}, answer: () => stats },
  clearCache: { payload: {}, answer: () => stats },
  setSecret: { payload: { name: 'openaiCompatibleApiKey', value: 'sk-test-1234567890' }, answer: () => ({ masked: '••••' }) },
  getMaskedSecrets: { payload: {}, answer: () => maskedSecrets },
};

/** One recording handler per message in the protocol, so messages added later are covered by the sender tests too. */
function fakeHandlers(): Handlers {
  return Object.fromEntries(
    (Object.keys(protocol) as MessageType[]).map((type) => [type, vi.fn(async (payload: never) => VALID[type]?.answer(payload) ?? {})]),
  ) as unknown as Handlers;
}

/** Any payload does for refusals: who sends is checked before what is sent. */
const payloadFor = (type: MessageType): unknown => VALID[type]?.payload ?? {};

const envelope = (type: string, payload: unknown) => ({ channel: 'ferry', type, payload });
const ALL_TYPES = Object.keys(protocol) as MessageType[];
const PRIVILEGED = ALL_TYPES.filter((type) => protocol[type].from === 'extension-page');
const CONTENT_TYPES = ALL_TYPES.filter((type) => protocol[type].from === 'content' && VALID[type]);

async function send(type: string, payload: unknown, sender: MessageSender, handlers = fakeHandlers()) {
  const reply = await routeMessage(envelope(type, payload), sender, handlers, OPTIONS);
  return { reply, handlers };
}

function calledHandlers(handlers: Handlers): string[] {
  return Object.entries(handlers)
    .filter(([, handler]) => vi.mocked(handler).mock.calls.length > 0)
    .map(([type]) => type);
}

describe('routeMessage: who may send', () => {
  it('has privileged and content messages to test (the protocol declares both)', () => {
    expect(PRIVILEGED).toEqual(expect.arrayContaining(['setSecret', 'getMaskedSecrets', 'clearCache', 'testEngine']));
    expect(CONTENT_TYPES).toEqual(expect.arrayContaining(['translate', 'lookupWord']));
  });

  it.each(CONTENT_TYPES)('accepts %s from the content script and from Ferry pages', async (type) => {
    for (const sender of [CONTENT_SCRIPT, OPTIONS_PAGE, POPUP]) {
      const { reply, handlers } = await send(type, payloadFor(type), sender);
      expect(reply.ok).toBe(true);
      expect(calledHandlers(handlers)).toEqual([type]);
    }
  });

  it.each(PRIVILEGED.filter((type) => VALID[type]))('accepts %s from the options page and the popup', async (type) => {
    for (const sender of [OPTIONS_PAGE, POPUP]) {
      const { reply } = await send(type, payloadFor(type), sender);
      expect(reply.ok).toBe(true);
    }
  });

  it.each(PRIVILEGED)('refuses %s from a content script, before any handler runs', async (type) => {
    const { reply, handlers } = await send(type, payloadFor(type), CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calledHandlers(handlers)).toEqual([]);
  });

  it.each(PRIVILEGED)('refuses %s from a content script whose page URL only looks like ours', async (type) => {
    const lookalikes = [
      `https://evil.example/chrome-extension://${EXTENSION_ID}/options.html`,
      `chrome-extension://${EXTENSION_ID}.evil.example/options.html`,
      `chrome-extension://${EXTENSION_ID}`,
      `CHROME-EXTENSION://${EXTENSION_ID.toUpperCase()}/options.html`,
      '',
    ];
    for (const url of lookalikes) {
      const { reply, handlers } = await send(type, payloadFor(type), { ...CONTENT_SCRIPT, url });
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(calledHandlers(handlers)).toEqual([]);
    }
  });

  it.each(ALL_TYPES)('refuses %s from another extension, even one that claims our pages', async (type) => {
    const other = 'otherextensionidbbbbbbbbbbbbbbbb';
    for (const sender of [
      { id: other, url: `chrome-extension://${other}/background.js` },
      { id: other, url: OPTIONS_PAGE.url },
      { id: other, url: CONTENT_SCRIPT.url, tab: { id: 7 } },
    ]) {
      const { reply, handlers } = await send(type, payloadFor(type), sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(calledHandlers(handlers)).toEqual([]);
    }
  });

  it.each(ALL_TYPES)('refuses %s from a web page (no extension id)', async (type) => {
    for (const sender of [{ url: 'https://evil.example/' }, { url: OPTIONS_PAGE.url }, { url: 'https://www.xiaohongshu.com/explore', tab: { id: 7 } }, {}]) {
      const { reply, handlers } = await send(type, payloadFor(type), sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(calledHandlers(handlers)).toEqual([]);
    }
  });
});

describe('routeMessage: what may be sent', () => {
  it('rejects anything that is not a Ferry envelope', async () => {
    const handlers = fakeHandlers();
    const notEnvelopes = [
      undefined,
      null,
      'translate',
      42,
      [],
      { type: 'translate', payload: VALID.translate!.payload },
      { channel: 'other', type: 'translate', payload: VALID.translate!.payload },
      { channel: 'ferry', payload: {} },
      { channel: 'ferry', type: 7, payload: {} },
      { channel: 'ferry', type: 'x'.repeat(65), payload: {} },
    ];
    for (const raw of notEnvelopes) {
      const reply = await routeMessage(raw, POPUP, handlers, OPTIONS);
      expect(reply, JSON.stringify(raw)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(calledHandlers(handlers)).toEqual([]);
  });

  it('rejects unknown types, including names every object inherits', async () => {
    for (const type of ['deleteEverything', 'getSecrets', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '']) {
      const { reply, handlers } = await send(type, {}, POPUP);
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      expect(calledHandlers(handlers)).toEqual([]);
    }
  });

  it.each<[string, MessageType, unknown]>([
    ['no payload', 'translate', undefined],
    ['no segments', 'translate', { segments: [], targetLanguage: 'en' }],
    ['an empty text', 'translate', { segments: [{ key: 'a', text: '' }], targetLanguage: 'en' }],
    ['a text over the limit', 'translate', { segments: [{ key: 'a', text: 'x'.repeat(20_001) }], targetLanguage: 'en' }],
    ['too many segments', 'translate', { segments: Array.from({ length: 101 }, (_, i) => ({ key: `k${i}`, text: 'x' })), targetLanguage: 'en' }],
    ['an unknown target language', 'translate', { segments: [{ key: 'a', text: 'x' }], targetLanguage: 'xx' }],
    ['a text that is not a string', 'translate', { segments: [{ key: 'a', text: { toString: 'x' } }], targetLanguage: 'en' }],
    ['a negative priority', 'translate', { segments: [{ key: 'a', text: 'x', priority: -1 }], targetLanguage: 'en' }],
    ['a payload that is an array', 'cancelTranslate', [['r1']]],
    ['a lookup longer than the limit', 'lookupWord', { text: '种'.repeat(41), offset: 0 }],
    ['a fractional offset', 'lookupWord', { text: '种草', offset: 0.5 }],
    ['an unknown engine', 'testEngine', { engine: 'evil-engine' }],
    ['an unknown secret name', 'setSecret', { name: '__proto__', value: 'x' }],
    ['a secret over the limit', 'setSecret', { name: 'deeplApiKey', value: 'x'.repeat(513) }],
  ])('rejects %s', async (_name, type, payload) => {
    const { reply, handlers } = await send(type, payload, POPUP);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(calledHandlers(handlers)).toEqual([]);
  });

  it('passes handlers only the fields the schema declares', async () => {
    const { reply, handlers } = await send('setSecret', { name: 'deeplApiKey', value: 'abc', extra: 'dropped', __proto__: { polluted: true } }, OPTIONS_PAGE);
    expect(reply.ok).toBe(true);
    const [payload] = vi.mocked(handlers.setSecret).mock.calls[0]!;
    expect(payload).toEqual({ name: 'deeplApiKey', value: 'abc' });
    expect(Object.keys(payload)).toEqual(['name', 'value']);
  });

  it('turns a handler answer that breaks the protocol into an error instead of sending it on', async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers.getCacheStats).mockResolvedValue({ entries: -1, bytes: 0, hits: 0, misses: 0 });
    const reply = await routeMessage(envelope('getCacheStats', {}), POPUP, handlers, OPTIONS);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('"entries"');
  });

  it('answers a throwing handler with a coded error, never a rejection', async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers.translate).mockRejectedValue(new Error('boom'));
    await expect(routeMessage(envelope('translate', VALID.translate!.payload), CONTENT_SCRIPT, handlers, OPTIONS)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('provider error text stays in the background', () => {
  const providerText = 'upstream said: {"error":"invalid key sk-abc for org-123"}';

  it('a tab gets error codes only, never the provider text', async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers.translate).mockResolvedValue({
      results: [{ key: 'a', status: 'error', error: { code: 'engine-auth', detail: providerText, engine: 'openai-compatible' } }],
    });
    const { reply } = await send('translate', payloadFor('translate'), CONTENT_SCRIPT, handlers);
    expect(JSON.stringify(reply)).not.toContain('upstream said');
    expect(reply).toMatchObject({ ok: true, data: { results: [{ error: { code: 'engine-auth', engine: 'openai-compatible' } }] } });

    vi.mocked(handlers.translate).mockRejectedValue(new Error(providerText));
    const failed = await send('translate', payloadFor('translate'), CONTENT_SCRIPT, handlers);
    expect(failed.reply).toEqual({ ok: false, error: { code: 'internal' } });
  });

  it("Ferry's own pages still get the detail line", async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers.testEngine).mockResolvedValue({ ok: false, engine: 'azure', error: { code: 'engine-auth', detail: providerText }, elapsedMs: 3 });
    const { reply } = await send('testEngine', payloadFor('testEngine'), OPTIONS_PAGE, handlers);
    expect(JSON.stringify(reply)).toContain('upstream said');
  });
});
