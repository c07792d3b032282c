import { AhoCorasick } from './aho-corasick';
import { isWordUnit, normalizeText } from './normalize';
import type { KnowledgeEntry } from './schema';

export interface KnowledgeMatch {
  entryId: string;
  kind: KnowledgeEntry['kind'];
  /** Span in the original text (UTF-16 offsets, end exclusive), for underlining. */
  start: number;
  end: number;
  text: string;
}

interface CompiledPattern {
  entry: number;
  /** Latin patterns must sit between word boundaries. */
  bounded: boolean;
  /** CJK edges must sit on word boundaries found by the segmenter (unless the entry allows sub-word matches). */
  segmented: boolean;
  /**
   * A Chinese entry's one-token Latin, digit or emoji form (sb, 666, 🙂) counts only in text with some
   * CJK in it: in an English post "SB 35" is a Senate bill and 🙂 a plain smile. Phrases such as
   * "cat tax" are written for English posts and match anywhere.
   */
  needsCjk: boolean;
}

interface CompiledEntry {
  entry: KnowledgeEntry;
  notInside: string[];
  subword: boolean;
  requireAny: string[];
  excludeAny: string[];
}

/** Han, kana and Hangul: scripts written without spaces, where word boundaries come from a dictionary segmenter. */
export function isCjkUnit(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

function hasCjk(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isCjkUnit(text.charCodeAt(index))) return true;
  return false;
}

const hasCjkEdge = (text: string) => text.length > 0 && (isCjkUnit(text.charCodeAt(0)) || isCjkUnit(text.charCodeAt(text.length - 1)));

/**
 * Word boundaries inside runs of CJK text, from ICU's dictionary-based word
 * segmenter (Intl.Segmenter, built into Chromium, Firefox and Node). Only the
 * run around a candidate is segmented, once per run and text, so posts
 * without CJK candidates pay nothing.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

class CjkBoundaries {
  /** Boundary offsets per run, keyed by the run's start. */
  private readonly runs = new Map<number, Set<number>>();
  constructor(private readonly text: string) {}

  /** True when `offset` is a word boundary: a run edge, a script change or a segmenter break. */
  at(offset: number): boolean {
    const { text } = this;
    if (offset <= 0 || offset >= text.length) return true;
    if (!isCjkUnit(text.charCodeAt(offset - 1)) || !isCjkUnit(text.charCodeAt(offset))) return true;
    let start = offset - 1;
    while (start > 0 && isCjkUnit(text.charCodeAt(start - 1))) start--;
    let breaks = this.runs.get(start);
    if (!breaks) {
      let end = offset + 1;
      while (end < text.length && isCjkUnit(text.charCodeAt(end))) end++;
      breaks = new Set<number>();
      for (const { index } of segmenter.segment(text.slice(start, end))) breaks.add(start + index);
      this.runs.set(start, breaks);
    }
    return breaks.has(offset);
  }
}

/**
 * Whether a CJK match lines up with the words around it. A match whose two
 * edges both fall inside words takes a piece of each (家教 in 国家|教育, 过年 in
 * 超过|年龄): not a match. With one edge on a boundary, a term of two or more
 * characters still counts: it heads or ends a compound (春节|假期 written as
 * 春节假期, 说相声), or the dictionary glued a frequent one-character word to it
 * (很高|冷, 就打|脸). A one-character term needs both edges (梗 is not in 桔梗).
 * An edge that meets another script is always a boundary.
 */
function alignedWithWords(text: string, start: number, end: number, boundaries: CjkBoundaries): boolean {
  const cjkStart = isCjkUnit(text.charCodeAt(start));
  const cjkEnd = isCjkUnit(text.charCodeAt(end - 1));
  const startOk = !cjkStart || boundaries.at(start);
  const endOk = !cjkEnd || boundaries.at(end);
  if (startOk && endOk) return true;
  if (!startOk && !endOk) return false;
  return cjkStart && cjkEnd && end - start > 1;
}

const hasWordEdge = (text: string) => text.length > 0 && (isWordUnit(text.charCodeAt(0)) || isWordUnit(text.charCodeAt(text.length - 1)));

/** Finds `needle` in `haystack`, respecting word boundaries when the needle has Latin edges. */
function containsTerm(haystack: string, needle: string): boolean {
  const bounded = hasWordEdge(needle);
  for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
    if (!bounded || atBoundaries(haystack, from, from + needle.length)) return true;
  }
  return false;
}

function atBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  const startsWord = isWordUnit(text.charCodeAt(start));
  const endsWord = isWordUnit(text.charCodeAt(end - 1));
  return !(startsWord && before >= 0 && isWordUnit(before)) && !(endsWord && after >= 0 && isWordUnit(after));
}

/**
 * All knowledge entries compiled into one Aho-Corasick automaton over
 * normalised patterns. One pass per text finds every candidate; precision
 * rules then drop matches inside a longer unrelated word, Latin matches
 * inside a word, CJK matches that cross a word boundary (unless the entry
 * allows sub-word matches), policy topics without their required context, and matches
 * contained in a longer match.
 */
export class KnowledgeMatcher {
  private readonly automaton: AhoCorasick<CompiledPattern>;
  private readonly entries: CompiledEntry[];
  readonly patternCount: number;

  constructor(entries: readonly KnowledgeEntry[]) {
    this.entries = entries.map((entry) => ({
      entry,
      notInside: entry.notInside.map(normalizeText),
      subword: entry.subword,
      requireAny: entry.context.requireAny.map(normalizeText),
      excludeAny: entry.context.excludeAny.map(normalizeText),
    }));
    const patterns: { pattern: string; value: CompiledPattern }[] = [];
    this.entries.forEach(({ entry }, index) => {
      for (const raw of new Set(entry.patterns.map(normalizeText))) {
        const needsCjk = entry.kind !== 'policy' && entry.language === 'zh' && !hasCjk(raw) && !raw.includes(' ');
        patterns.push({ pattern: raw, value: { entry: index, bounded: hasWordEdge(raw), segmented: !entry.subword && hasCjkEdge(raw), needsCjk } });
      }
    });
    this.patternCount = patterns.length;
    this.automaton = new AhoCorasick(patterns);
  }

  get nodeCount(): number {
    return this.automaton.size;
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.entries.find(({ entry }) => entry.id === id)?.entry;
  }

  match(text: string): KnowledgeMatch[] {
    if (!text) return [];
    const normalized = normalizeText(text);
    const candidates: { start: number; end: number; entry: number; segmented: boolean }[] = [];
    let textHasCjk: boolean | undefined;
    this.automaton.search(normalized, (start, end, pattern) => {
      if (pattern.bounded && !atBoundaries(normalized, start, end)) return;
      if (pattern.needsCjk && !(textHasCjk ??= hasCjk(normalized))) return;
      candidates.push({ start, end, entry: pattern.entry, segmented: pattern.segmented });
    });
    if (candidates.length === 0) return [];

    const contextCache = new Map<number, boolean>();
    // Segmentation is the dearest check, so it runs last and only on the runs around surviving candidates.
    let boundaries: CjkBoundaries | undefined;
    const accepted = candidates.filter((candidate) => {
      const compiled = this.entries[candidate.entry]!;
      if (this.insideLongerWord(normalized, candidate.start, candidate.end, compiled.notInside)) return false;
      if (compiled.requireAny.length > 0 || compiled.excludeAny.length > 0) {
        let ok = contextCache.get(candidate.entry);
        if (ok === undefined) {
          ok =
            (compiled.requireAny.length === 0 || compiled.requireAny.some((term) => containsTerm(normalized, term))) &&
            !compiled.excludeAny.some((term) => containsTerm(normalized, term));
          contextCache.set(candidate.entry, ok);
        }
        if (!ok) return false;
      }
      if (!candidate.segmented) return true;
      boundaries ??= new CjkBoundaries(normalized);
      return alignedWithWords(normalized, candidate.start, candidate.end, boundaries);
    });

    // Longest match wins where spans nest ("破大防" over "破防"-like overlaps); one result per entry.
    accepted.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const results: KnowledgeMatch[] = [];
    const seen = new Set<number>();
    for (const candidate of accepted) {
      const nested = accepted.some(
        (other) =>
          other !== candidate &&
          other.start <= candidate.start &&
          other.end >= candidate.end &&
          other.end - other.start > candidate.end - candidate.start &&
          this.entries[other.entry]!.entry.kind === this.entries[candidate.entry]!.entry.kind,
      );
      if (nested || seen.has(candidate.entry)) continue;
      seen.add(candidate.entry);
      const { entry } = this.entries[candidate.entry]!;
      results.push({ entryId: entry.id, kind: entry.kind, start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end) });
    }
    return results;
  }

  private insideLongerWord(text: string, start: number, end: number, words: string[]): boolean {
    for (const word of words) {
      const from = Math.max(0, end - word.length);
      for (let at = text.indexOf(word, from); at !== -1 && at <= start; at = text.indexOf(word, at + 1)) {
        if (at + word.length >= end) return true;
      }
    }
    return false;
  }
}
