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
}

interface CompiledEntry {
  entry: KnowledgeEntry;
  notInside: string[];
  requireAny: string[];
  excludeAny: string[];
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
 * inside a word, policy topics without their required context, and matches
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
      requireAny: entry.context.requireAny.map(normalizeText),
      excludeAny: entry.context.excludeAny.map(normalizeText),
    }));
    const patterns: { pattern: string; value: CompiledPattern }[] = [];
    this.entries.forEach(({ entry }, index) => {
      for (const raw of new Set(entry.patterns.map(normalizeText))) {
        patterns.push({ pattern: raw, value: { entry: index, bounded: hasWordEdge(raw) } });
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
    const candidates: { start: number; end: number; entry: number }[] = [];
    this.automaton.search(normalized, (start, end, pattern) => {
      if (pattern.bounded && !atBoundaries(normalized, start, end)) return;
      candidates.push({ start, end, entry: pattern.entry });
    });
    if (candidates.length === 0) return [];

    const contextCache = new Map<number, boolean>();
    const accepted = candidates.filter((candidate) => {
      const compiled = this.entries[candidate.entry]!;
      if (this.insideLongerWord(normalized, candidate.start, candidate.end, compiled.notInside)) return false;
      if (compiled.requireAny.length === 0 && compiled.excludeAny.length === 0) return true;
      let ok = contextCache.get(candidate.entry);
      if (ok === undefined) {
        ok =
          (compiled.requireAny.length === 0 || compiled.requireAny.some((term) => containsTerm(normalized, term))) &&
          !compiled.excludeAny.some((term) => containsTerm(normalized, term));
        contextCache.set(candidate.entry, ok);
      }
      return ok;
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
