import { AhoCorasick } from '../aho-corasick';
import { isWordUnit } from '../normalize';
import { homophoneKey, readingsOf } from './homophones';
import { normaliseCoded, type NormalisedText } from './normalise';
import type { CodedEntry, CodedTopic } from './schema';

export type CodedVia = 'form' | 'homophone' | 'pinyin' | 'initials';

export interface CodedMatch {
  entryId: string;
  topic: CodedTopic;
  /** Span in the original text (UTF-16 offsets, end exclusive): what the author wrote, tricks included. */
  start: number;
  end: number;
  text: string;
  /** The form it was decoded as. */
  form: string;
  via: CodedVia;
}

interface Pattern {
  entry: number;
  form: string;
  via: CodedVia;
  bounded: boolean;
  /** The pattern had a doubled letter squeezed to one: the text must show a collapsed run there. */
  squeezed: boolean;
}

interface Compiled {
  entry: CodedEntry;
  notInside: string[];
  requireAny: string[];
  excludeAny: string[];
}

const HAN = /^[\u4e00-\u9fff]+$/;
const hasWordEdge = (text: string) => text.length > 0 && (isWordUnit(text.charCodeAt(0)) || isWordUnit(text.charCodeAt(text.length - 1)));

function atBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  return !(isWordUnit(text.charCodeAt(start)) && before >= 0 && isWordUnit(before)) && !(isWordUnit(text.charCodeAt(end - 1)) && after >= 0 && isWordUnit(after));
}

/** Context terms are stems: a Latin term must start a word ("smok" finds "smoking") but may end inside one. */
function containsTerm(haystack: string, needle: string): boolean {
  const bounded = needle.length > 0 && isWordUnit(needle.charCodeAt(0));
  for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
    if (!bounded || from === 0 || !isWordUnit(haystack.charCodeAt(from - 1))) return true;
  }
  return false;
}

/** Symbols and emoji that are coded forms in their own right, kept by normalisation. */
function keptSymbols(entries: readonly CodedEntry[]): Set<string> {
  const keep = new Set<string>();
  for (const entry of entries) for (const form of entry.forms) for (const char of form.replace(/\uFE0F/g, '')) if (/[\p{Extended_Pictographic}\p{So}]/u.test(char)) keep.add(char);
  return keep;
}

/**
 * Finds coded language: every entry's forms, their pinyin spellings and
 * homophones, on text normalised by normaliseCoded. One Aho-Corasick pass over
 * the normalised text, and one over its homophone key when any entry asks for
 * homophones; spans map back to the original text.
 */
export class CodedMatcher {
  private readonly compiled: Compiled[];
  private readonly automaton: AhoCorasick<Pattern>;
  private readonly homophones: AhoCorasick<Pattern> | undefined;
  private readonly keep: Set<string>;
  readonly patternCount: number;

  constructor(entries: readonly CodedEntry[]) {
    this.keep = keptSymbols(entries);
    const norm = (text: string) => normaliseCoded(text, { keep: this.keep }).text;
    this.compiled = entries.map((entry) => ({
      entry,
      notInside: entry.notInside.map(norm),
      requireAny: entry.requireAny.map(norm),
      excludeAny: entry.excludeAny.map(norm),
    }));
    const plain: { pattern: string; value: Pattern }[] = [];
    const keyed: { pattern: string; value: Pattern }[] = [];
    const seen = new Set<string>();
    const add = (list: typeof plain, pattern: string, value: Pattern) => {
      const key = `${list === plain ? 'p' : 'k'}${value.squeezed ? 's' : ''}${value.entry}\u0000${pattern}`;
      if (!pattern || seen.has(key)) return;
      seen.add(key);
      list.push({ pattern, value });
    };
    entries.forEach((entry, index) => {
      for (const form of entry.forms) {
        const pattern = norm(form);
        const bounded = hasWordEdge(pattern);
        add(plain, pattern, { entry: index, form, via: 'form', bounded, squeezed: false });
        const squeezed = pattern.replace(/([a-z])\1+/g, '$1');
        if (squeezed !== pattern) add(plain, squeezed, { entry: index, form, via: 'form', bounded, squeezed: true });
        if (!HAN.test(pattern)) continue;
        if (entry.derive.homophones) add(keyed, homophoneKey(pattern), { entry: index, form, via: 'homophone', bounded: false, squeezed: false });
        const readings = readingsOf(pattern);
        if (!readings) continue;
        if (entry.derive.pinyin) add(plain, readings.join(''), { entry: index, form, via: 'pinyin', bounded: true, squeezed: false });
        if (entry.derive.initials) add(plain, readings.map((reading) => reading[0]).join(''), { entry: index, form, via: 'initials', bounded: true, squeezed: false });
      }
    });
    this.patternCount = plain.length + keyed.length;
    this.automaton = new AhoCorasick(plain);
    this.homophones = keyed.length > 0 ? new AhoCorasick(keyed) : undefined;
  }

  entry(id: string): CodedEntry | undefined {
    return this.compiled.find(({ entry }) => entry.id === id)?.entry;
  }

  get entries(): CodedEntry[] {
    return this.compiled.map(({ entry }) => entry);
  }

  /** Normalises once; pass the result to matchNormalised to reuse it. */
  normalise(text: string): NormalisedText {
    return normaliseCoded(text, { keep: this.keep });
  }

  match(text: string): CodedMatch[] {
    if (!text) return [];
    return this.matchNormalised(text, this.normalise(text));
  }

  matchNormalised(original: string, normalised: NormalisedText): CodedMatch[] {
    const text = normalised.text;
    const candidates: { start: number; end: number; pattern: Pattern }[] = [];
    this.automaton.search(text, (start, end, pattern) => {
      if (pattern.bounded && !atBoundaries(text, start, end)) return;
      if (pattern.squeezed && !hasCollapsed(normalised.collapsed, start, end)) return;
      candidates.push({ start, end, pattern });
    });
    if (this.homophones) {
      this.homophones.search(homophoneKey(text), (start, end, pattern) => {
        // The written form itself was already found by the first pass.
        if (text.slice(start, end) === normaliseCoded(pattern.form).text) return;
        candidates.push({ start, end, pattern });
      });
    }
    if (candidates.length === 0) return [];

    const context = new Map<number, boolean>();
    const accepted = candidates.filter(({ start, end, pattern }) => {
      const compiled = this.compiled[pattern.entry]!;
      if (compiled.entry.obfuscatedOnly && !disguised(original, normalised, start, end)) return false;
      if (insideLongerWord(text, start, end, compiled.notInside)) return false;
      if (compiled.requireAny.length === 0 && compiled.excludeAny.length === 0) return true;
      let ok = context.get(pattern.entry);
      if (ok === undefined) {
        ok = (compiled.requireAny.length === 0 || compiled.requireAny.some((term) => containsTerm(text, term))) && !compiled.excludeAny.some((term) => containsTerm(text, term));
        context.set(pattern.entry, ok);
      }
      return ok;
    });

    // Longest span wins where spans overlap; the written form wins over a derived one of the same length.
    const rank = (via: CodedVia) => (via === 'form' ? 0 : 1);
    accepted.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.pattern.via) - rank(b.pattern.via) || a.start - b.start);
    const taken: { start: number; end: number }[] = [];
    const seen = new Set<number>();
    const results: CodedMatch[] = [];
    for (const { start, end, pattern } of accepted) {
      if (seen.has(pattern.entry) || taken.some((span) => span.start < end && start < span.end)) continue;
      seen.add(pattern.entry);
      taken.push({ start, end });
      const compiled = this.compiled[pattern.entry]!;
      const from = normalised.starts[start]!;
      const to = normalised.ends[end - 1]!;
      results.push({ entryId: compiled.entry.id, topic: compiled.entry.topic, start: from, end: to, text: original.slice(from, to), form: pattern.form, via: pattern.via });
    }
    return results.sort((a, b) => a.start - b.start);
  }
}

/** True when the author's text differs from its normalised form beyond case: a trick was used. */
function disguised(original: string, normalised: NormalisedText, start: number, end: number): boolean {
  const written = original.slice(normalised.starts[start], normalised.ends[end - 1]);
  return written.normalize('NFKC').toLowerCase() !== normalised.text.slice(start, end);
}

function hasCollapsed(collapsed: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (collapsed[index]) return true;
  return false;
}

function insideLongerWord(text: string, start: number, end: number, words: string[]): boolean {
  for (const word of words) {
    const from = Math.max(0, end - word.length);
    for (let at = text.indexOf(word, from); at !== -1 && at <= start; at = text.indexOf(word, at + 1)) {
      if (at + word.length >= end) return true;
    }
  }
  return false;
}
