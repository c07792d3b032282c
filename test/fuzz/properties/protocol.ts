import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TARGET_LANGUAGES } from '../../../core/languages';
import { envelopeSchema, MAX_SEGMENT_CHARS, MAX_SEGMENTS_PER_MESSAGE, protocol, replySchema, type MessageType } from '../../../core/messaging/protocol';
import { routeMessage, type Handlers, type MessageSender } from '../../../core/messaging/router';
import { anyJson } from './arbitraries';

const ID = 'ferryextensionidaaaaaaaaaaaaaaaa';
const OPTIONS = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/` };
const TYPES = Object.keys(protocol) as MessageType[];

const SENDERS: { name: string; sender: MessageSender; ours: boolean; page: boolean }[] = [
  { name: 'content script', sender: { id: ID, url: 'https://www.xiaohongshu.com/explore/1', tab: { id: 1 } }, ours: true, page: false },
  { name: 'options page', sender: { id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 2 } }, ours: true, page: true },
  { name: 'popup', sender: { id: ID, url: `chrome-extension://${ID}/popup.html` }, ours: true, page: true },
  { name: 'other extension', sender: { id: 'otherextensionidbbbbbbbbbbbbbbbb', url: `chrome-extension://${ID}/options.html` }, ours: false, page: false },
  { name: 'web page', sender: { url: 'https://evil.example/' }, ours: false, page: false },
];

/** Translate payloads near the limits, so both sides of every bound are generated. */
const nearTranslate = fc.record(
  {
    segments: fc.array(
      fc.record(
        {
          key: fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 198, maxLength: 202 })),
          text: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: MAX_SEGMENT_CHARS - 1, max: MAX_SEGMENT_CHARS + 1 }).map((n) => 'x'.repeat(n)), anyJson),
          priority: fc.oneof(fc.double(), fc.constantFrom(0, 1e7, 1e7 + 1, -1), anyJson),
        },
        { requiredKeys: ['key', 'text'] },
      ),
      { maxLength: MAX_SEGMENTS_PER_MESSAGE + 2 },
    ),
    targetLanguage: fc.oneof(fc.constantFrom(...TARGET_LANGUAGES), fc.constantFrom('xx', '', 'EN', 'zh-CN'), anyJson),
    requestId: fc.oneof(fc.string({ maxLength: 66 }), anyJson),
  },
  { requiredKeys: ['segments', 'targetLanguage'] },
);

/** Always run first, so "both sides of the limits" never depends on what the generator happened to draw. */
const VALID_TRANSLATE = { segments: [{ key: '0', text: '已经种草了', priority: 0 }], targetLanguage: 'en' };
const INVALID_TRANSLATE = { segments: [], targetLanguage: 'en' };

/** The translate request's limits, written out independently of the zod schema. */
function translateIsValid(payload: Record<string, unknown>): boolean {
  const { segments, targetLanguage, requestId } = payload;
  if (!Array.isArray(segments) || segments.length < 1 || segments.length > MAX_SEGMENTS_PER_MESSAGE) return false;
  if (!(TARGET_LANGUAGES as readonly unknown[]).includes(targetLanguage)) return false;
  if (requestId !== undefined && (typeof requestId !== 'string' || requestId.length < 1 || requestId.length > 64)) return false;
  return segments.every((segment: Record<string, unknown>) => {
    const { key, text, priority } = segment;
    if (typeof key !== 'string' || key.length < 1 || key.length > 200) return false;
    if (typeof text !== 'string' || text.length < 1 || text.length > MAX_SEGMENT_CHARS) return false;
    return priority === undefined || (typeof priority === 'number' && Number.isFinite(priority) && priority >= 0 && priority <= 1e7);
  });
}

function recordingHandlers(calls: { type: MessageType; payload: unknown }[]): Handlers {
  return Object.fromEntries(
    TYPES.map((type) => [
      type,
      async (payload: unknown) => {
        calls.push({ type, payload });
        throw new Error('handled'); // The answer does not matter here; reaching the handler does.
      },
    ]),
  ) as unknown as Handlers;
}

export function protocolProperties(runs: number): void {
  it(`no validator throws on arbitrary values, and the envelope accepts only the Ferry channel (${runs} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.anything()), (value) => {
        const envelope = envelopeSchema.safeParse(value);
        if (envelope.success) expect((value as { channel: unknown }).channel).toBe('ferry');
        replySchema.safeParse(value);
        for (const type of TYPES) {
          protocol[type].request.safeParse(value);
          protocol[type].response.safeParse(value);
        }
      }),
      { numRuns: runs },
    );
  });

  it(`a translate request is accepted exactly when it is within the documented limits (${runs} cases)`, () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(nearTranslate, (payload) => {
        const parsed = protocol.translate.request.safeParse(payload);
        expect(parsed.success).toBe(translateIsValid(payload));
        outcomes[parsed.success ? 'accepted' : 'rejected']++;
        if (parsed.success) {
          // What a handler receives is a fixed point of the schema and survives the message channel unchanged.
          expect(protocol.translate.request.parse(parsed.data)).toEqual(parsed.data);
          expect(JSON.parse(JSON.stringify(parsed.data))).toEqual(parsed.data);
        }
      }),
      { numRuns: runs, examples: [[VALID_TRANSLATE], [INVALID_TRANSLATE]] },
    );
    // Both sides of the limits were generated, so the comparison above means something.
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.rejected).toBeGreaterThan(0);
  });

  it(`the router answers every message with a well-formed reply and reaches a handler only for an allowed sender and a valid payload (${runs} cases)`, async () => {
    const message = fc.oneof(
      anyJson,
      fc.record({ channel: fc.constantFrom('ferry', 'other'), type: fc.oneof(fc.constantFrom(...TYPES), fc.string({ maxLength: 70 })), payload: fc.oneof(anyJson, nearTranslate) }),
    );
    let reached = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...SENDERS), async (raw, { sender, ours, page }) => {
        const calls: { type: MessageType; payload: unknown }[] = [];
        const reply = await routeMessage(raw, sender, recordingHandlers(calls), OPTIONS);
        expect(replySchema.safeParse(reply).success).toBe(true);
        if (calls.length === 0) return;
        reached++;
        expect(calls).toHaveLength(1);
        const [{ type, payload }] = calls as [{ type: MessageType; payload: unknown }];
        const envelope = raw as { channel: string; type: string; payload: Record<string, unknown> };
        expect(ours).toBe(true);
        expect(envelope.channel).toBe('ferry');
        expect(envelope.type).toBe(type);
        if (protocol[type].from === 'extension-page') expect(page).toBe(true);
        expect(protocol[type].request.safeParse(payload).success).toBe(true);
        if (type === 'translate') expect(translateIsValid(envelope.payload)).toBe(true);
      }),
      { numRuns: runs, examples: [[{ channel: 'ferry', type: 'translate', payload: VALID_TRANSLATE }, SENDERS[0]!]] },
    );
    expect(reached).toBeGreaterThan(0);
  });
}
