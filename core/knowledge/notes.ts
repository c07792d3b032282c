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
  /** The home region of the platform the post is on: a local reader's policy cards list it first. */
  homeRegion?: Region;
  /** Converts Simplified explanations for Traditional readers. */
  toTraditional: (text: string) => string;
}

function pick(text: { en: string; 'zh-Hans': string }, options: NoteOptions): string {
  if (options.language === 'en') return text.en;
  return options.language === 'zh-Hant' ? options.toTraditional(text['zh-Hans']) : text['zh-Hans'];
}

/**
 * Who a note is for. Readers see notes on text in the other language (a reader
 * of Chinese posts gets Chinese slang explained, not English slang); moderators
 * see everything the entry is marked for, and every policy topic.
 *
 * The two readers differ in where they stand, not in which words are foreign to
 * them. The foreign reader is a visitor: an American on Xiaohongshu reading
 * Chinese posts. The local reader is at home on the platform and reads posts by
 * newcomers in the other language: a Chinese user on Xiaohongshu reading English
 * posts, an American on X reading Chinese ones. For both, the foreign side is the
 * other language, which the language rule below already picks.
 *
 * - Policy notes are where their needs part: the visitor needs the rules of the
 *   place they are visiting, the local reader needs to know how the poster's home
 *   rules differ from their own and the platform's. Policy entries carry their own
 *   `localExplanation`, and a policy entry reaches a local reader only when it
 *   lists `local-reader`.
 * - Slang and culture notes say what a word or a custom means. A Chinese user at
 *   home on Xiaohongshu meeting "no cap" or "fyp" in a newcomer's post needs the
 *   same meaning as a visitor does, and the explanations are already one to three
 *   sentences; a shorter gloss would drop the part on how and where the word is
 *   used. So local readers get the notes written for foreign readers, with the
 *   same text, unless a pack lists `local-reader` itself.
 */
function writtenFor(entry: KnowledgeEntry, audience: Exclude<Audience, 'moderator'>): boolean {
  if (entry.audience.includes(audience)) return true;
  return audience === 'local-reader' && entry.kind !== 'policy' && entry.audience.includes('foreign-reader');
}

function forReader(entry: KnowledgeEntry, options: NoteOptions): boolean {
  if (!options.kinds[entry.kind]) return false;
  if (options.audience === 'moderator') return entry.audience.includes('moderator') || entry.kind === 'policy';
  if (!writtenFor(entry, options.audience)) return false;
  if (entry.kind === 'policy') return true;
  const readerReadsChinese = options.language !== 'en';
  return entry.language === 'zh' ? !readerReadsChinese : readerReadsChinese;
}

/** The explanation for this reader: a local reader gets a policy topic framed from the platform they are at home on. */
function explanationFor(entry: KnowledgeEntry, options: NoteOptions): string {
  if (options.audience === 'local-reader' && entry.kind === 'policy' && entry.localExplanation) return pick(entry.localExplanation, options);
  return pick(entry.explanation, options);
}

/** The regions in the reader's order; a local reader's own (the platform's home region) comes first. */
function regionOrder(options: NoteOptions): Region[] {
  const home = options.homeRegion;
  if (options.audience !== 'local-reader' || !home || !options.regions.includes(home)) return options.regions;
  return [home, ...options.regions.filter((region) => region !== home)];
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
      explanation: explanationFor(entry, options),
      spans,
      confidence: entry.confidence,
      lastReviewed: entry.lastReviewed,
      sources: entry.sources.slice(0, 10),
    };
    if (entry.kind === 'policy') {
      note.regions = regionOrder(options).flatMap((region) => {
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
