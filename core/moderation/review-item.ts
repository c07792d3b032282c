import { z } from 'zod';
import { lazySchema } from '../messaging/lazy-schema';
import { regionSchema, ruleLevelSchema } from '../knowledge/schema';
import { codedTopicSchema } from '../knowledge/coded/schema';

/**
 * One flagged post in the moderator's review queue, as the content script
 * reports it and as the background stores it. Everything is validated here:
 * the queue takes text from web pages.
 */
export const MAX_EXCERPT_CHARS = 2_000;
export const MAX_TRANSLATION_CHARS = 5_000;

const httpUrl = z
  .string()
  .max(2_000)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

const citationSchema = lazySchema(() => z.object({ title: z.string().max(500), url: z.string().max(2_000).optional() }));

export const reviewTopicSchema = lazySchema(() => z.object({
  /** The knowledge entry id, e.g. "policy-cannabis". */
  id: z.string().max(100),
  title: z.string().max(200),
  /** The topic group, e.g. "drugs". */
  topic: z.string().max(60).optional(),
  regions: z.array(z.object({ region: regionSchema, level: ruleLevelSchema, citation: citationSchema })).max(6),
  platformRules: z.array(z.object({ platform: z.string().max(100), source: citationSchema })).max(10).default([]),
  /** The words that matched, as written in the post. */
  matched: z.array(z.string().max(200)).max(20).default([]),
}));
export type ReviewTopic = z.infer<typeof reviewTopicSchema>;

const scriptSchema = lazySchema(() => z.enum(['Latin', 'Han', 'Kana', 'Hangul', 'Cyrillic', 'Arabic', 'Thai', 'other']));
const placeId = lazySchema(() => z.string().max(20));

export const signalSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('location-mismatch'), label: z.string().max(100), labelPlace: placeId, claim: z.string().max(200), claimPlace: placeId }),
  z.object({ kind: z.literal('script-mismatch'), script: scriptSchema, claim: z.string().max(200), claimPlace: placeId, expected: z.array(scriptSchema).max(8) }),
  z.object({ kind: z.literal('duplicate-text'), accounts: z.number().int().min(2).max(1_000), authors: z.array(z.string().max(100)).max(10) }),
]));

export const reviewItemInputSchema = lazySchema(() => z.object({
  site: z.string().min(1).max(64),
  postId: z.string().min(1).max(200),
  /** The page the post was seen on. */
  url: httpUrl,
  author: z.string().max(200).optional(),
  locationLabel: z.string().max(100).optional(),
  excerpt: z.string().min(1).max(MAX_EXCERPT_CHARS),
  translation: z.string().max(MAX_TRANSLATION_CHARS).optional(),
  sourceLanguage: z.string().max(20).optional(),
  script: scriptSchema.optional(),
  topics: z.array(reviewTopicSchema).max(30),
  signals: z.array(signalSchema).max(10),
  /** Coded language decoded in the post: what was written, what it means, the topic it stands for. */
  coded: z.array(z.object({ id: z.string().max(100), written: z.string().max(200), meaning: z.string().max(1_000), topic: codedTopicSchema })).max(20).optional(),
}));
export type ReviewItemInput = z.input<typeof reviewItemInputSchema>;

export const REVIEW_STATUSES = ['new', 'reviewed', 'escalated', 'dismissed'] as const;
export const reviewStatusSchema = lazySchema(() => z.enum(REVIEW_STATUSES));
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export const MAX_NOTE_CHARS = 2_000;

export const reviewItemSchema = reviewItemInputSchema.extend({
  /** `${site}:${postId}`: one item per post, however often it is seen. */
  key: z.string().max(300),
  status: reviewStatusSchema,
  note: z.string().max(MAX_NOTE_CHARS),
  firstSeenAt: z.number().int().nonnegative(),
  lastSeenAt: z.number().int().nonnegative(),
  /** When the moderator last marked it. */
  decidedAt: z.number().int().nonnegative().optional(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export function reviewKey(site: string, postId: string): string {
  return `${site}:${postId}`;
}
