import { z } from 'zod';

/**
 * The shape of Ferry's knowledge packs (data/*.json). Explanations are written
 * in English and Simplified Chinese; Traditional Chinese is derived with
 * opencc-js when a pack is loaded. Every entry carries its sources, a
 * confidence level and the date it was last reviewed.
 */

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case ASCII id');
export const confidenceSchema = z.enum(['high', 'medium', 'low']);
export const audienceSchema = z.enum(['foreign-reader', 'local-reader', 'moderator']);

/** Text written in English and Simplified Chinese. */
export const bilingual = z.object({
  en: z.string().trim().min(2),
  'zh-Hans': z.string().trim().min(1),
});

/** Source links are web pages: a pack with a script, data or file URL fails validation (and the build). */
const webUrl = z.url({ protocol: /^https?$/ });

export const sourceSchema = z.object({
  /** What the source is: a statute with article, an official page, a dictionary, a news report. */
  title: z.string().trim().min(3),
  url: webUrl.optional(),
});

/**
 * Patterns are plain strings matched on normalised text (NFKC, case-folded,
 * Traditional folded to Simplified, full-width to half-width), so list each
 * written form once: the Simplified form, pinyin abbreviations, emoji, English
 * spellings. Latin patterns match whole words only.
 */
export const patternList = z.array(z.string().trim().min(1).max(60)).min(1);

const baseEntry = z.object({
  id: entryId,
  patterns: patternList,
  /**
   * Longer words that contain a pattern but mean something else: a CJK match
   * inside one of these is not a match (草 in 草莓 "strawberry" is not 草 "grass").
   */
  notInside: z.array(z.string().min(2)).default([]),
  /**
   * CJK patterns match only where both edges fall on word boundaries found by
   * the word segmenter (Intl.Segmenter, ICU dictionary): 家教 is not in 国家教育
   * (国家|教育), 过年 is not in 超过年龄 (超过|年龄). Set this for a term that is
   * meant to be found inside longer words too, such as a bound suffix or a
   * character the dictionary folds into its neighbours.
   */
  subword: z.boolean().default(false),
  /**
   * Context for patterns that are also ordinary words: at least one of
   * `requireAny` must occur in the same text (empty: the pattern alone is
   * specific enough), and none of `excludeAny` may occur. Policy topics need
   * this ("weed the garden", "water gun", "shoot a photo"); so do slang words
   * like "cap", "bet" or "ate".
   */
  context: z
    .object({
      requireAny: z.array(z.string().min(1)).default([]),
      excludeAny: z.array(z.string().min(1)).default([]),
    })
    .default({ requireAny: [], excludeAny: [] }),
  /** Who sees this note by default. */
  audience: z.array(audienceSchema).min(1),
  /** A short label for the chip: the term itself or the topic name. */
  title: bilingual,
  /** What it means, for a reader who does not know. One to three sentences, neutral, in Ferry's own words. */
  explanation: bilingual,
  examples: z.object({
    /** Sentences where the note must appear. */
    positive: z.array(z.string().min(2)).min(1),
    /** Sentences that contain a pattern (or look close) where the note must NOT appear. */
    negative: z.array(z.string().min(2)).min(1),
  }),
  sources: z.array(sourceSchema).min(1),
  confidence: confidenceSchema,
  lastReviewed: isoDate,
});

export const slangEntrySchema = baseEntry.extend({
  kind: z.literal('slang'),
  /** Language the term appears in. */
  language: z.enum(['zh', 'en']),
  pinyin: z.string().optional(),
  /** Literal meaning, when it differs from the real one (种草 = "plant grass"). */
  literal: bilingual.optional(),
  register: z.enum(['neutral', 'casual', 'vulgar', 'offensive', 'platform']).default('casual'),
});

export const cultureEntrySchema = baseEntry.extend({
  kind: z.literal('culture'),
  language: z.enum(['zh', 'en']),
  category: z.enum(['festival', 'etiquette', 'food', 'idiom', 'humour', 'history', 'media', 'society', 'place', 'other']),
});

export const regionSchema = z.enum(['CN', 'HK', 'TW', 'US', 'EU', 'UK']);
export type Region = z.infer<typeof regionSchema>;

export const ruleLevelSchema = z.enum(['prohibited', 'restricted', 'allowed', 'varies']);

export const regionRuleSchema = z.object({
  level: ruleLevelSchema,
  /** One neutral sentence. */
  rule: bilingual,
  citation: z.object({
    /** The law or document and its article, e.g. "PRC Criminal Law, Art. 357". */
    law: z.string().trim().min(3),
    url: webUrl.optional(),
  }),
  asOf: isoDate,
  confidence: confidenceSchema,
});

export const policyEntrySchema = baseEntry.extend({
  kind: z.literal('policy'),
  /** Groups related topics, e.g. "drugs", "weapons", "gambling". */
  topic: z.string().regex(/^[a-z-]+$/),
  regions: z
    .object({ CN: regionRuleSchema, HK: regionRuleSchema, TW: regionRuleSchema.optional(), US: regionRuleSchema, EU: regionRuleSchema, UK: regionRuleSchema })
    .strict(),
  /** US state variance, when the rule differs by state. */
  usStates: z.string().optional(),
  /** References to platform rules (Xiaohongshu, Douyin, TikTok, X...). */
  platformRules: z.array(z.object({ platform: z.string(), rule: bilingual, source: sourceSchema })).default([]),
  /**
   * The topic framed for a local reader: someone at home on the platform reading a post in the other
   * language, usually by a newcomer. One to three neutral sentences on what the poster's home region
   * allows that the reader's does not (and the reverse), and what the platform's rules say; never a
   * verdict on the author. Each language addresses its own reader, so the two texts are not
   * translations of each other: `en` is for a reader at home on an English-language platform (US, UK,
   * EU) reading a Chinese post, most likely written from mainland China, Hong Kong or Taiwan;
   * `zh-Hans` is for a reader at home on a Chinese platform such as Xiaohongshu (mainland law applies)
   * reading an English post by a newcomer from the US, the UK or the EU. Required when `audience`
   * lists `local-reader`; local readers see it in place of `explanation`.
   */
  localExplanation: bilingual.optional(),
}).refine((entry) => !entry.audience.includes('local-reader') || entry.localExplanation !== undefined, {
  message: 'a policy entry written for local readers needs a localExplanation',
  path: ['localExplanation'],
});

export const knowledgeEntrySchema = z.discriminatedUnion('kind', [slangEntrySchema, cultureEntrySchema, policyEntrySchema]);
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
export type PolicyEntry = z.infer<typeof policyEntrySchema>;

export const knowledgePackSchema = z.object({
  pack: z.enum(['zh-slang', 'en-slang', 'culture', 'policy']),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  entries: z.array(knowledgeEntrySchema).min(1),
});
export type KnowledgePack = z.infer<typeof knowledgePackSchema>;
