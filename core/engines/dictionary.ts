import { baseLanguage } from '../languages';
import { FerryError } from '../messaging/errors';
import { guessLanguageByScript } from './language-guess';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * The offline dictionary: word-by-word CC-CEDICT glosses with pinyin. It is a
 * gloss, not a translation, and the last engine to answer. Nothing leaves the
 * machine; the data is `dict/cedict.json`, generated at build time by
 * scripts/build-dictionary.ts.
 */

export const DICTIONARY_LICENSE = 'CC-CEDICT, CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cc-cedict';

/** Bump when formatGloss or the segmentation changes, so cached glosses are redone. */
const OUTPUT_VERSION = 1;

export interface CompactDictionary {
  /** cc-cedict data date, data hash and build-format version. */
  version: string;
  license: string;
  /**
   * Simplified headword (1-6 characters) → [tone-marked pinyin, short English gloss].
   * A pinyin of "" means the characters' own readings joined (see wordPinyin).
   */
  entries: Record<string, [pinyin: string, gloss: string]>;
  /**
   * Traditional → Simplified. Single characters are folding rules (the commonest
   * pairing); longer keys are the words that character-by-character folding gets wrong.
   */
  traditional: Record<string, string>;
  /** Pinyin (from pinyin-pro) for Han characters that have no entry. */
  pinyin: Record<string, string>;
  /** Characters only Simplified text uses, and only Traditional text uses: how a text's script is told. */
  simplifiedOnly: string;
  traditionalOnly: string;
}

export type GlossSegment =
  /** Chinese: a dictionary word, or one character without an entry (pinyin only, or nothing known). */
  | { kind: 'word'; text: string; simplified?: string; pinyin?: string; gloss?: string }
  /** Anything kept as it is: punctuation, emoji, Latin words, links, hashtags, @mentions, line breaks. */
  | { kind: 'text'; text: string };

export interface DictionaryLookup {
  simplified: string;
  traditional?: string;
  pinyin: string;
  gloss: string;
}

export interface DictionaryEngine extends TranslationEngine {
  /** Entries for a word (Simplified or Traditional), for the learner hover. */
  lookup(word: string): Promise<DictionaryLookup[]>;
}

export interface DictionaryEngineConfig {
  /** In the background: () => fetchDictionary(browser.runtime.getURL('/dict/cedict.json')). */
  loadDictionary: () => Promise<CompactDictionary>;
}

const HAN = /\p{Script=Han}/u;
const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);
// Links, Weibo #topics#, #hashtags and @mentions are kept whole, never glossed.
const PROTECTED = /https?:\/\/\S+|#[^#\s]{1,64}#|[#@][\p{L}\p{N}\p{M}_-]+/gu;
const HORIZONTAL_SPACE = /^[^\S\n\r]+$/;

/** Tone-marked syllables as one word, with an apostrophe before a, o or e that does not start it (Xī'ān). */
export function joinSyllables(syllables: readonly string[]): string {
  let out = '';
  syllables.forEach((syllable, index) => {
    if (index > 0 && /^[aeoāáǎàēéěèōóǒò]/i.test(syllable)) out += "'";
    out += syllable;
  });
  return out;
}

/** A headword's pinyin, rebuilt from its characters where the file leaves it out. */
export function wordPinyin(dictionary: CompactDictionary, simplified: string): string {
  const stored = dictionary.entries[simplified]?.[0];
  if (stored) return stored;
  return joinSyllables([...simplified].map((char) => (hasOwn(dictionary.entries, char) ? dictionary.entries[char]![0] : '')));
}

interface DictionaryIndex {
  dictionary: CompactDictionary;
  maxLength: number;
  /** Single characters only Simplified text uses / only Traditional text uses. */
  simplifiedOnly: Set<string>;
  traditionalOnly: Set<string>;
}

const indexes = new WeakMap<CompactDictionary, DictionaryIndex>();

function indexFor(dictionary: CompactDictionary): DictionaryIndex {
  const existing = indexes.get(dictionary);
  if (existing) return existing;
  let maxLength = 1;
  for (const word of Object.keys(dictionary.entries)) maxLength = Math.max(maxLength, [...word].length);
  const simplifiedOnly = new Set(dictionary.simplifiedOnly);
  const traditionalOnly = new Set(dictionary.traditionalOnly);
  const index: DictionaryIndex = { dictionary, maxLength, simplifiedOnly, traditionalOnly };
  indexes.set(dictionary, index);
  return index;
}

/** Whether the text reads as Traditional: more Traditional-only characters than Simplified-only ones. */
function looksTraditional(index: DictionaryIndex, text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (index.traditionalOnly.has(char)) traditional++;
    else if (index.simplifiedOnly.has(char)) simplified++;
  }
  return traditional > simplified;
}

/** Traditional to Simplified one character at a time, by the single-character rules of `traditional`. */
function foldCharacters(dictionary: CompactDictionary, text: string): string {
  let out = '';
  for (const char of text) out += hasOwn(dictionary.traditional, char) ? dictionary.traditional[char]! : char;
  return out;
}

/**
 * The Simplified headword a piece of text stands for: as written, through a
 * word rule of `traditional`, or folded character by character; the text's own
 * script decides which comes first.
 */
function resolve(dictionary: CompactDictionary, candidate: string, traditionalFirst: boolean): string | undefined {
  const { entries, traditional } = dictionary;
  const direct = hasOwn(entries, candidate) ? candidate : undefined;
  const rule = hasOwn(traditional, candidate) ? traditional[candidate] : undefined;
  const byRule = rule !== undefined && hasOwn(entries, rule) ? rule : undefined;
  let folded: string | undefined;
  if (!byRule && (traditionalFirst || !direct)) {
    const candidateFolded = foldCharacters(dictionary, candidate);
    if (candidateFolded !== candidate && hasOwn(entries, candidateFolded)) folded = candidateFolded;
  }
  return traditionalFirst ? (byRule ?? folded ?? direct) : (direct ?? byRule ?? folded);
}

/** Forward maximum matching over one stretch of text without links, hashtags or mentions. */
function segmentPlain(index: DictionaryIndex, text: string, traditionalFirst: boolean, out: GlossSegment[]): void {
  const { entries, pinyin } = index.dictionary;
  const chars = [...text];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < chars.length) {
    const char = chars[i]!;
    if (!HAN.test(char)) {
      plain += char;
      i++;
      continue;
    }
    flush();
    let matched = false;
    for (let length = Math.min(index.maxLength, chars.length - i); length >= 1; length--) {
      const candidate = length === 1 ? char : chars.slice(i, i + length).join('');
      const simplified = resolve(index.dictionary, candidate, traditionalFirst);
      if (simplified === undefined) continue;
      const gloss = entries[simplified]![1];
      out.push({ kind: 'word', text: candidate, simplified, pinyin: wordPinyin(index.dictionary, simplified), ...(gloss ? { gloss } : {}) });
      i += length;
      matched = true;
      break;
    }
    if (matched) continue;
    const reading = hasOwn(pinyin, char) ? pinyin[char] : undefined;
    out.push({ kind: 'word', text: char, ...(reading ? { pinyin: reading } : {}) });
    i++;
  }
  flush();
}

/** Splits text into dictionary words and the pieces kept as they are. */
export function segmentText(dictionary: CompactDictionary, text: string): GlossSegment[] {
  const index = indexFor(dictionary);
  const traditionalFirst = looksTraditional(index, text);
  const out: GlossSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    segmentPlain(index, text.slice(last, match.index), traditionalFirst, out);
    out.push({ kind: 'text', text: match[0] });
    last = match.index + match[0].length;
  }
  segmentPlain(index, text.slice(last), traditionalFirst, out);
  // Neighbouring kept pieces (a hashtag and the space after it) read as one.
  const merged: GlossSegment[] = [];
  for (const segment of out) {
    const previous = merged[merged.length - 1];
    if (segment.kind === 'text' && previous?.kind === 'text') previous.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}

/** No space is added between a gloss and kept text that starts with a space or closing punctuation. */
function startsTight(text: string): boolean {
  return /^[\s\p{Pe}\p{Pf}\p{Po}]/u.test(text) && !/^[#@&*\\/'"]/.test(text);
}

/** …nor between kept text that ends with a space, opening or full-width punctuation and the next gloss. */
function endsTight(text: string): boolean {
  return /[\s\p{Ps}\p{Pi}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]$/u.test(text);
}

/**
 * The gloss text, one line per input line:
 *   种草 zhòngcǎo “to spark interest in a product or idea” · 了 le “(completed action marker)”
 * Each word is `original pinyin “gloss”` (the gloss left out when there is none,
 * the pinyin too for a character nothing is known about); words follow each other
 * with " · ", which also stands for plain spaces between words. Everything else
 * (punctuation, emoji, Latin words, links, hashtags, @mentions, line breaks) is
 * kept as written, with a space between it and a gloss where one is needed to read.
 */
export function formatGloss(segments: readonly GlossSegment[]): string {
  let out = '';
  let previous: GlossSegment['kind'] | undefined;
  let pendingSpace = '';
  segments.forEach((segment, position) => {
    if (segment.kind === 'text' && HORIZONTAL_SPACE.test(segment.text) && previous === 'word' && segments[position + 1]?.kind === 'word') {
      pendingSpace = segment.text;
      return;
    }
    if (segment.kind === 'word') {
      const piece = [segment.text, segment.pinyin, segment.gloss ? `“${segment.gloss}”` : undefined].filter(Boolean).join(' ');
      if (previous === 'word') out += ' · ';
      else if (previous === 'text' && out && !endsTight(out)) out += ' ';
      out += piece;
    } else {
      if (previous === 'word' && !startsTight(segment.text)) out += ' ';
      out += segment.text;
    }
    pendingSpace = '';
    previous = segment.kind;
  });
  return out + pendingSpace;
}

/** The gloss of one text: segmentText then formatGloss. */
export function glossText(dictionary: CompactDictionary, text: string): string {
  return formatGloss(segmentText(dictionary, text));
}

/**
 * Every entry a word has, for the learner hover: the word as a Simplified
 * headword and as Traditional text (then `traditional` is the word as given).
 */
export function lookup(dictionary: CompactDictionary, word: string): DictionaryLookup[] {
  const { entries, pinyin } = dictionary;
  const trimmed = word.trim();
  const results: DictionaryLookup[] = [];
  for (const simplified of [resolve(dictionary, trimmed, false), resolve(dictionary, trimmed, true)]) {
    if (simplified === undefined || results.some((result) => result.simplified === simplified)) continue;
    results.push({
      simplified,
      ...(simplified !== trimmed ? { traditional: trimmed } : {}),
      pinyin: wordPinyin(dictionary, simplified),
      gloss: entries[simplified]![1],
    });
  }
  if (results.length === 0 && hasOwn(pinyin, trimmed)) results.push({ simplified: trimmed, pinyin: pinyin[trimmed]!, gloss: '' });
  return results;
}

/**
 * The background's loader: `fetchDictionary(browser.runtime.getURL('/dict/cedict.json'))`.
 * The file ships inside the extension, so this never touches the network.
 */
export async function fetchDictionary(url: string, fetchImpl: typeof fetch = fetch): Promise<CompactDictionary> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return (await response.json()) as CompactDictionary;
}

function isCompactDictionary(value: unknown): value is CompactDictionary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<CompactDictionary>;
  return (
    typeof candidate.version === 'string' &&
    typeof candidate.license === 'string' &&
    !!candidate.entries &&
    typeof candidate.entries === 'object' &&
    !!candidate.traditional &&
    typeof candidate.traditional === 'object' &&
    !!candidate.pinyin &&
    typeof candidate.pinyin === 'object' &&
    typeof candidate.simplifiedOnly === 'string' &&
    typeof candidate.traditionalOnly === 'string'
  );
}

/** Chinese that the dictionary can gloss: Han characters, and not Japanese or Korean. */
function isGlossable(text: string): boolean {
  if (!HAN.test(text)) return false;
  const guess = guessLanguageByScript(text).language;
  return guess !== 'ja' && guess !== 'ko';
}

export function createDictionaryEngine(config: DictionaryEngineConfig): DictionaryEngine {
  const id = 'dictionary' as const;
  let loading: Promise<CompactDictionary> | undefined;
  let version: string | undefined;

  // Loaded once; a failed load is forgotten so the next call tries again.
  const load = (): Promise<CompactDictionary> => {
    loading ??= Promise.resolve()
      .then(() => config.loadDictionary())
      .then((dictionary) => {
        if (!isCompactDictionary(dictionary)) throw new FerryError('engine-unavailable', 'dictionary file has an unexpected shape', id);
        indexFor(dictionary);
        version = dictionary.version;
        return dictionary;
      })
      .catch((error: unknown) => {
        loading = undefined;
        if (error instanceof FerryError && error.code === 'engine-unavailable') throw error;
        throw new FerryError('engine-unavailable', `could not load the dictionary: ${error instanceof Error ? error.message : String(error)}`, id);
      });
    return loading;
  };

  return {
    id,
    get cacheVariant() {
      return `g${OUTPUT_VERSION}:${version ?? 'not-loaded'}`;
    },
    capabilities: {
      maxSegments: 200,
      maxChars: 50_000,
      html: false,
      streaming: false,
      remote: false,
      // CC-CEDICT glosses are English.
      languages: ['en'],
      rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 1 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      if (baseLanguage(batch.target) !== 'en') {
        throw new FerryError('engine-bad-response', 'dictionary only glosses Chinese into English', id);
      }
      if (batch.source !== 'auto' && baseLanguage(batch.source) !== 'zh') {
        throw new FerryError('engine-bad-response', 'dictionary only glosses Chinese text', id);
      }
      const glossable = batch.texts.map(isGlossable);
      if (!glossable.some(Boolean)) throw new FerryError('engine-bad-response', 'no Chinese text to gloss', id);
      const dictionary = await load();
      if (signal.aborted) throw new FerryError('cancelled', undefined, id);
      const index = indexFor(dictionary);
      return {
        // Text with no Chinese in it (in a batch that has some) comes back as it is.
        translations: batch.texts.map((text, i) => (glossable[i] ? glossText(dictionary, text) : text)),
        detected: batch.texts.map((text, i) => (glossable[i] ? (looksTraditional(index, text) ? 'zh-Hant' : 'zh-Hans') : undefined)),
      };
    },
    async lookup(word: string): Promise<DictionaryLookup[]> {
      return lookup(await load(), word);
    },
  };
}
