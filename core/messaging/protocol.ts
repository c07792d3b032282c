import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { noteSchema } from '../knowledge/notes';
import { ferryErrorSchema } from './errors';
import { engineIdSchema, targetLanguageSchema } from '../settings/schema';
import { SECRET_NAMES } from '../settings/secret-names';
import { reviewQueueMessages } from '../moderation/review-messages';
import { codedMessages } from '../knowledge/coded/messages';
import { teamMessages } from '../team/messages';

/**
 * The one list of messages Ferry's contexts exchange. Each entry says who may
 * send it and validates both directions with zod.
 *
 * - `content`: the content script (and extension pages).
 * - `site-content`: only the content script of a supported site (never an extension page or another page).
 * - `extension-page`: popup, options and side panel only; never a tab. Secrets
 *   and destructive actions live here so a compromised page context cannot reach them.
 */
export const MAX_SEGMENT_CHARS = 20_000;
export const MAX_SEGMENTS_PER_MESSAGE = 100;

const segmentSchema = lazySchema(() => z.object({
  /** Caller's handle for this segment, echoed back in the result. */
  key: z.string().min(1).max(200),
  text: z.string().min(1).max(MAX_SEGMENT_CHARS),
  /** Distance from the viewport in px (0 on screen); lower is sent first. */
  priority: z.number().min(0).max(1e7).optional(),
}));

const translationResultSchema = lazySchema(() => z.discriminatedUnion('status', [
  z.object({
    key: z.string(),
    status: z.literal('done'),
    translation: z.string(),
    engine: engineIdSchema,
    sourceLanguage: z.string().max(20),
    cached: z.boolean(),
    notes: z.array(noteSchema).max(30).optional(),
  }),
  z.object({
    key: z.string(),
    status: z.literal('skipped'),
    reason: z.literal('same-language'),
    sourceLanguage: z.string(),
    /** Moderators still get notes on text in their own language. */
    notes: z.array(noteSchema).max(30).optional(),
  }),
  z.object({ key: z.string(), status: z.literal('error'), error: ferryErrorSchema }),
]));
export type TranslationResult = z.infer<typeof translationResultSchema>;

/** The learner hover: a stretch of Chinese around the pointer and where the pointer is in it. */
export const MAX_LOOKUP_CHARS = 40;
const dictionaryEntrySchema = lazySchema(() => z.object({
  simplified: z.string().max(20),
  traditional: z.string().max(20).optional(),
  pinyin: z.string().max(200),
  gloss: z.string().max(1000),
}));
const wordLookupSchema = lazySchema(() => z.object({
  /** The dictionary word under the pointer, as written in the post, and where it is in the text sent. */
  word: z.string().max(MAX_LOOKUP_CHARS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Empty when the dictionary has nothing for it. */
  entries: z.array(dictionaryEntrySchema).max(6),
}));
export type WordLookup = z.infer<typeof wordLookupSchema>;

const engineTestResultSchema = lazySchema(() => z.object({
  ok: z.boolean(),
  engine: engineIdSchema,
  sample: z.string().optional(),
  error: ferryErrorSchema.optional(),
  elapsedMs: z.number(),
}));

const cacheStatsSchema = lazySchema(() => z.object({
  entries: z.number().int().nonnegative(),
  bytes: z.number().nonnegative(),
  hits: z.number().int().nonnegative(),
  misses: z.number().int().nonnegative(),
  /** The last translation that could not be saved (a full disk), until a later save succeeds. */
  writeError: ferryErrorSchema.extend({ at: z.number() }).optional(),
}));
export type CacheStats = z.infer<typeof cacheStatsSchema>;

/** Selected text translated on demand (context menu or shortcut): translation, notes and, for Chinese, word entries. */
export const MAX_SELECTION_CHARS = 2_000;
const selectionResultSchema = lazySchema(() => z.object({
  result: translationResultSchema,
  /** Dictionary words found in a Chinese selection, in order. */
  words: z.array(z.object({ word: z.string().max(MAX_LOOKUP_CHARS), entries: z.array(dictionaryEntrySchema).max(6) })).max(12),
}));
export type SelectionResult = z.infer<typeof selectionResultSchema>;

export const protocol = {
  translate: {
    from: 'content',
    request: lazySchema(() => z.object({
      segments: z.array(segmentSchema).min(1).max(MAX_SEGMENTS_PER_MESSAGE),
      targetLanguage: targetLanguageSchema,
      /** Lets the tab cancel segments it no longer needs. */
      requestId: z.string().min(1).max(64).optional(),
    })),
    response: lazySchema(() => z.object({ results: z.array(translationResultSchema) })),
  },
  openOptions: {
    from: 'content',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({ opened: z.boolean() })),
  },
  /** Whether the user has chosen where text may go; until then a tab shows the one-line setup prompt. */
  getSetupState: {
    from: 'content',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({ answered: z.boolean() })),
  },
  cancelTranslate: {
    from: 'content',
    request: lazySchema(() => z.object({ requestIds: z.array(z.string().min(1).max(64)).max(500) })),
    response: lazySchema(() => z.object({ cancelled: z.number().int().nonnegative() })),
  },
  lookupWord: {
    from: 'content',
    request: lazySchema(() => z.object({ text: z.string().min(1).max(MAX_LOOKUP_CHARS), offset: z.number().int().min(0).max(MAX_LOOKUP_CHARS) })),
    response: wordLookupSchema,
  },
  translateSelection: {
    from: 'content',
    request: lazySchema(() => z.object({ text: z.string().trim().min(1).max(MAX_SELECTION_CHARS) })),
    response: selectionResultSchema,
  },
  /** Whether "Explain this post" can be offered: an OpenAI-compatible engine with a key. Never says more than yes or no. */
  getExplainAvailability: {
    from: 'content',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({ available: z.boolean() })),
  },
  getStatus: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({
      /** Engines that will be asked, in order (enabled and configured). */
      engines: z.array(engineIdSchema),
      lastEngine: engineIdSchema.optional(),
      lastError: ferryErrorSchema.extend({ at: z.number() }).optional(),
    })),
  },
  testEngine: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ engine: engineIdSchema })),
    response: engineTestResultSchema,
  },
  getCacheStats: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: cacheStatsSchema,
  },
  clearCache: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: cacheStatsSchema,
  },
  setSecret: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ name: z.enum(SECRET_NAMES), value: z.string().max(512) })),
    response: lazySchema(() => z.object({ masked: z.string() })),
  },
  /** The keys themselves, for an export the user asked to include them in. */
  exportSecrets: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.record(z.enum(SECRET_NAMES), z.string())),
  },
  getMaskedSecrets: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.record(z.enum(SECRET_NAMES), z.string())),
  },
  ...reviewQueueMessages,
  ...codedMessages,
  ...teamMessages,
} as const;

/**
 * Messages the background sends out (not handled by the router): to one tab's
 * content script ("scroll to this post", validated there) and to Ferry's pages
 * ("the review queue changed"). Declared with the queue's other messages.
 */
export { QUEUE_CHANGED, queueChangedSchema, scrollToPostSchema } from '../moderation/review-messages';

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

/** What travels over runtime.sendMessage. The channel tag keeps foreign messages out. */
export const envelopeSchema = lazySchema(() => z.object({
  channel: z.literal('ferry'),
  type: z.string().max(64),
  payload: z.unknown(),
}));

export const replySchema = lazySchema(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ferryErrorSchema }),
]));
export type Reply = z.infer<typeof replySchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
