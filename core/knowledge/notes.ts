import { z } from 'zod';
import type { KnowledgeMatcher } from './matcher';
import { regionSchema, type KnowledgeEntry, type Region } from './schema';

export const NOTE_KINDS = ['slang', 'culture', 'policy'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const AUDIENCES = ['foreign-reader', 'local-reader', 'moderator'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type NoteLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

const spanSchema = z.object({ in: z.enum(['original', 'translation']), start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(200) });

const citationSchema = z.object({ title: z.string().max(500), url: z.string().max(2000).optional() });

/** A note as the content script receives it: already in the reader's language. */
export const noteSchema = z.object({
  id: z.string().max(100),
  kind: z.enum(NOTE_KINDS),
  title: z.string().max(200),
  explanation: z.string().max(2000),
  spans: z.array(spanSchema).max(20),
  confidence: z.enum(['high', 'medium', 'low']),
  lastReviewed: z.string().max(10),
  sources: z.array(citationSchema).max(10),
  regions: z
    .array(
      z.object({
        region: regionSchema,
        level: z.enum(['prohibited', 'restricted', 'allowed', 'varies']),
        rule: z.string().max(1000),
        citation: citationSchema,
        asOf: z.string().max(10),
        confidence: z.enum(['high', 'medium', 'low']),
      }),
    )
    .max(6)
    .optional(),
  usStates: z.string().max(1000).optional(),
  platformRules: z.array(z.object({ platform: z.string().max(100), rule: z.string().max(1000), source: citationSchema })).max(10).optional(),
});
export type Note = z.infer<typeof noteSchema>;

export interface NoteOptions {
  language: NoteLanguage;
  audience: Audience;
  kinds: Record<NoteKind, boolean>;
  regions: Region[];
  /** Converts Simplified explanations for Traditional readers. */
  toTraditional: (text: string) => string;
}

function pick(text: { en: string; 'zh-Hans': string }, options: NoteOptions): string {
  if (options.language === 'en') return text.en;
  return options.language === 'zh-Hant' ? options.toTraditional(text['zh-Hans']) : text['zh-Hans'];
}

/**
 * Who a note is for. Readers see notes on text in the other language
 * (a foreign reader of Chinese posts gets Chinese slang explained, not
 * English slang); moderators see everything the entry is marked for.
 */
function forReader(entry: KnowledgeEntry, options: NoteOptions): boolean {
  if (!options.kinds[entry.kind]) return false;
  if (options.audience === 'moderator') return entry.audience.includes('moderator') || entry.kind === 'policy';
  if (!entry.audience.includes(options.audience) && !entry.audience.includes('foreign-reader')) return false;
  if (entry.kind === 'policy') return true;
  const readerReadsChinese = options.language !== 'en';
  return entry.language === 'zh' ? !readerReadsChinese : readerReadsChinese;
}

/** Matches the original (and the translation, for terms the engine kept) and turns hits into notes. */
export function buildNotes(matcher: KnowledgeMatcher, original: string, translation: string | undefined, options: NoteOptions): Note[] {
  const byEntry = new Map<string, Note['spans']>();
  const add = (source: 'original' | 'translation', text: string) => {
    for (const match of matcher.match(text)) {
      const spans = byEntry.get(match.entryId) ?? [];
      if (spans.length < 20) spans.push({ in: source, start: match.start, end: match.end, text: match.text });
      byEntry.set(match.entryId, spans);
    }
  };
  add('original', original);
  if (translation) add('translation', translation);

  const notes: Note[] = [];
  for (const [id, spans] of byEntry) {
    const entry = matcher.entry(id);
    if (!entry || !forReader(entry, options)) continue;
    const note: Note = {
      id,
      kind: entry.kind,
      title: pick(entry.title, options),
      explanation: pick(entry.explanation, options),
      spans,
      confidence: entry.confidence,
      lastReviewed: entry.lastReviewed,
      sources: entry.sources.slice(0, 10),
    };
    if (entry.kind === 'policy') {
      note.regions = options.regions.flatMap((region) => {
        const rule = entry.regions[region];
        return rule
          ? [{ region, level: rule.level, rule: pick(rule.rule, options), citation: { title: rule.citation.law, url: rule.citation.url }, asOf: rule.asOf, confidence: rule.confidence }]
          : [];
      });
      if (entry.usStates) note.usStates = entry.usStates;
      if (entry.platformRules.length) {
        note.platformRules = entry.platformRules.map((platformRule) => ({ platform: platformRule.platform, rule: pick(platformRule.rule, options), source: platformRule.source }));
      }
    }
    notes.push(note);
  }
  // Policy first for moderators, then by kind; stable within a kind.
  const order: Record<NoteKind, number> = options.audience === 'moderator' ? { policy: 0, slang: 1, culture: 2 } : { slang: 0, culture: 1, policy: 2 };
  return notes.sort((a, b) => order[a.kind] - order[b.kind]);
}
