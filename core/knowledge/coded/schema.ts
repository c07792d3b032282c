import { z } from 'zod';
import { bilingual, entryId, isoDate, sourceSchema } from '../schema';

/**
 * The coded-language packs (data/coded/*.json): words written to slip past
 * filters or to say something without saying it. Each entry decodes one
 * meaning and names the moderation topic it stands for, if any.
 */
export const codedTopics = ['cannabis', 'hard-drugs', 'sexual-content', 'self-harm', 'off-platform-contact', 'firearms', 'gambling', 'hate', 'political-evasion', 'none'] as const;
export const codedTopicSchema = z.enum(codedTopics);
export type CodedTopic = z.infer<typeof codedTopicSchema>;

/** Topics whose entries readers see only after opting in under Knowledge. */
export const SENSITIVE_TOPICS: ReadonlySet<CodedTopic> = new Set(['cannabis', 'hard-drugs', 'sexual-content', 'self-harm']);

/** The policy.json entry that holds each topic's per-region rules. */
export const TOPIC_POLICY: Partial<Record<CodedTopic, string>> = {
  cannabis: 'policy-cannabis',
  'hard-drugs': 'policy-illicit-drugs',
  'sexual-content': 'policy-adult-content',
  firearms: 'policy-firearms',
  gambling: 'policy-gambling',
  hate: 'policy-hate-speech',
  'off-platform-contact': 'policy-xiaohongshu-community-rules',
  'political-evasion': 'policy-online-rumours',
};

export const codedEntrySchema = z
  .object({
    id: entryId,
    /** The coded forms as written, after the usual tricks are undone (s3x is found through "sex"). */
    forms: z.array(z.string().trim().min(1).max(40)).min(1),
    /** What the author means. */
    meaning: bilingual,
    topic: codedTopicSchema,
    /** A key into the pack's `sources`. */
    source: z.string().min(1),
    /** A sentence in which the form must be decoded, and nothing else. */
    example: z.string().min(2),
    /** Sentences or words that look close but must not be decoded as this entry. */
    ordinary: z.array(z.string().min(1)).default([]),
    /** Longer words that contain a form but mean something else (草 inside 草莓). */
    notInside: z.array(z.string().min(2)).default([]),
    /** Context for forms that are also ordinary words: one of requireAny must occur, none of excludeAny. */
    requireAny: z.array(z.string().min(1)).default([]),
    excludeAny: z.array(z.string().min(1)).default([]),
    /**
     * Forms derived from the Chinese forms through pinyin: `homophones` matches any character of the same
     * reading in place of each one (加薇 for 加微), `pinyin` the full toneless spelling (jiaweixin),
     * `initials` the first letters (jwx). Only for forms long and specific enough to stay precise.
     */
    derive: z.object({ homophones: z.boolean().default(false), pinyin: z.boolean().default(false), initials: z.boolean().default(false) }).default({ homophones: false, pinyin: false, initials: false }),
    /**
     * The forms are ordinary words (sex, porn, nazi): decode them only where the author disguised them
     * (s.e.x, p0rn, n@zi), never where they are written plainly.
     */
    obfuscatedOnly: z.boolean().default(false),
    /** Self-harm entries: what moderators point people to (help lines), never method detail. */
    care: bilingual.optional(),
  })
  .refine((entry) => entry.topic !== 'self-harm' || entry.care !== undefined, { message: 'a self-harm entry needs its care note', path: ['care'] });
export type CodedEntry = z.infer<typeof codedEntrySchema>;

export const codedPackSchema = z
  .object({
    pack: z.enum(['coded-zh', 'coded-en']),
    language: z.enum(['zh', 'en']),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    lastReviewed: isoDate,
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/), sourceSchema.extend({ url: z.url({ protocol: /^https?$/ }) })),
    entries: z.array(codedEntrySchema).min(1),
  })
  .superRefine((pack, context) => {
    pack.entries.forEach((entry, index) => {
      if (!(entry.source in pack.sources)) context.addIssue({ code: 'custom', message: `unknown source ${entry.source}`, path: ['entries', index, 'source'] });
    });
  });
export type CodedPack = z.infer<typeof codedPackSchema>;
