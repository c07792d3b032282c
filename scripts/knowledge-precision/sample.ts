import { z } from 'zod';

/**
 * The hand-judged sample of matches on the shared corpora
 * (test/fixtures/knowledge/precision-sample.json). Each item names the post
 * (COLD record or TweetEval line), the entry and the matched words, and whether
 * the note is right for that post, as judged by reading the post. COLD items
 * may quote the post (Apache-2.0, with attribution); tweets never do.
 */
export const KINDS = ['policy', 'slang', 'culture'] as const;

export const judgedMatchSchema = z
  .object({
    ref: z.string().regex(/^(cold\/(train|dev)\.csv|tweeteval\/[a-z-]+\.txt):\d+$/),
    language: z.enum(['zh', 'en']),
    entryId: z.string().min(1),
    kind: z.enum(KINDS),
    /** The matched words as they appear in the post. */
    match: z.string().min(1).max(60),
    /** Whether the note is right for this post. */
    right: z.boolean(),
    /** Why, for a wrong note or a close call. */
    why: z.string().optional(),
    /** The post itself, for COLD only. */
    post: z.string().optional(),
    /** Whether the matcher still shows the note on this post after the fixes the sample led to. */
    firesNow: z.boolean(),
  })
  .strict()
  .refine((item) => item.ref.startsWith('cold/') || item.post === undefined, { message: 'tweets are referenced, never quoted', path: ['post'] })
  .refine((item) => item.ref.startsWith('cold/') === (item.language === 'zh'), { message: 'COLD posts are Chinese, tweets English', path: ['language'] });

export const judgedSampleSchema = z
  .object({
    description: z.string(),
    seed: z.number().int(),
    drawnOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    items: z.array(judgedMatchSchema),
  })
  .strict();
export type JudgedSample = z.infer<typeof judgedSampleSchema>;
export type JudgedMatch = z.infer<typeof judgedMatchSchema>;

export interface Precision {
  language: 'zh' | 'en';
  kind: 'policy' | 'slang+culture';
  /** As drawn: every judged match. */
  judged: number;
  right: number;
  /** With the fixes: only the matches the matcher still shows. */
  judgedNow: number;
  rightNow: number;
}

export function precisionTable(items: readonly JudgedMatch[]): Precision[] {
  const rows: Precision[] = [];
  for (const language of ['zh', 'en'] as const) {
    for (const kind of ['policy', 'slang+culture'] as const) {
      const inKind = items.filter((item) => item.language === language && (kind === 'policy' ? item.kind === 'policy' : item.kind !== 'policy'));
      const now = inKind.filter((item) => item.firesNow);
      rows.push({
        language,
        kind,
        judged: inKind.length,
        right: inKind.filter((item) => item.right).length,
        judgedNow: now.length,
        rightNow: now.filter((item) => item.right).length,
      });
    }
  }
  return rows;
}

export const ratio = (right: number, total: number) => (total === 0 ? 'n/a' : `${((100 * right) / total).toFixed(1)}%`);

/** The report's precision line for one row, the same text the test looks for. */
export const precisionLine = (row: Precision) =>
  `| ${row.language} | ${row.kind} | ${row.right}/${row.judged} (${ratio(row.right, row.judged)}) | ${row.rightNow}/${row.judgedNow} (${ratio(row.rightNow, row.judgedNow)}) |`;

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
