import { normalizeText } from '../normalize';

/**
 * Normalisation for coded language: undoes the tricks people use to write
 * past keyword filters, once per text, and keeps an offset map so a match in
 * the normalised text lands on the characters the author wrote.
 *
 * - separators, symbols and emoji inserted between letters or Han characters
 *   are dropped (s.e.x, 微❤️信, s e x), zero-width characters always;
 * - leetspeak digits and symbols inside a Latin word become letters
 *   (s3x, le$bian, h0rny, k!ll);
 * - full-width forms, accents and Cyrillic or Greek look-alikes fold to Latin
 *   (ｓｅｘ, ѕех, ρorn), Traditional characters to Simplified;
 * - a letter repeated three times or more collapses to one (seeeggs), and the
 *   unit is flagged so the matcher can accept it against a doubled letter.
 *
 * Homophones and pinyin are handled by the matcher on top of this text.
 */
export interface NormalisedText {
  text: string;
  /** Original UTF-16 offset where each normalised unit starts. */
  starts: Int32Array;
  /** Original UTF-16 offset where each normalised unit ends (exclusive). */
  ends: Int32Array;
  /** 1 where the unit stands for a run of three or more of the same letter. */
  collapsed: Uint8Array;
}

const OTHER = 0;
const LATIN = 1;
const HAN = 2;
const DIGIT = 3;
const SEPARATOR = 4;
const INVISIBLE = 5;
const SPACE = 6;
const HIGH = 7;

/** Cyrillic and Greek letters that look like Latin ones, after lower-casing. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', ё: 'e', һ: 'h', н: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', у: 'y', х: 'x', ԝ: 'w', ь: 'b', п: 'n', и: 'u',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y', μ: 'u', ς: 's', σ: 'o',
};

/** Digits and symbols that stand for letters inside a Latin word. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', $: 's', '@': 'a', '!': 'i', '|': 'l', '€': 'e' };
/** Leet symbols that only count inside a word, never at its start ("!" ends sentences, "@" starts handles). */
const INTERIOR_ONLY = new Set(['!', '@', '|']);

/** Punctuation that ends or splits a sentence: never dropped, so words on either side stay apart. */
const SENTENCE = new Set([...',;:?!"()[]{}<>，。、；：？！…「」『』（）《》【】“”‘’·']);

let classes: Uint8Array | undefined;
let folded: Uint16Array | undefined;
let leet: Uint16Array | undefined;

function build(): void {
  classes = new Uint8Array(0x10000);
  folded = new Uint16Array(0x10000);
  leet = new Uint16Array(0x10000);
  const all = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) all[code] = code >= 0xd800 && code <= 0xdfff ? 0x20 : code;
  // One call folds every unit the way the knowledge matcher does (NFKC, lower case, Traditional to Simplified).
  const base = normalizeText(new TextDecoder('utf-16le').decode(all));
  for (let code = 0; code < 0x10000; code++) {
    let unit = base.charCodeAt(code);
    let char = String.fromCharCode(unit);
    const glyph = HOMOGLYPHS[char];
    if (glyph) char = glyph;
    else if (unit >= 0xc0 && unit < 0x250) {
      const stripped = char.normalize('NFD').charAt(0);
      if (/[a-z]/.test(stripped)) char = stripped;
    }
    unit = char.charCodeAt(0);
    folded[code] = unit;
    const leetTarget = LEET[String.fromCharCode(code)] ?? LEET[char];
    if (leetTarget) leet[code] = leetTarget.charCodeAt(0);
    let kind = OTHER;
    if (code >= 0xd800 && code <= 0xdbff) kind = HIGH;
    else if (unit >= 97 && unit <= 122) kind = LATIN;
    else if (unit >= 48 && unit <= 57) kind = DIGIT;
    else if ((unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)) kind = HAN;
    else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad || code === 0x180e || (code >= 0xfe00 && code <= 0xfe0f)) kind = INVISIBLE;
    else if (/\s/.test(char)) kind = SPACE;
    else if (SENTENCE.has(char) || SENTENCE.has(String.fromCharCode(code))) kind = OTHER;
    else if (/[\p{P}\p{S}]/u.test(char)) kind = SEPARATOR;
    else if (/\p{L}/u.test(char)) kind = OTHER;
    classes[code] = kind;
  }
}

const isLetterAt = (text: string, index: number): boolean => {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return classes![code] === LATIN;
};

/** After a single letter ending at `from`: spaces, then another single letter. */
function thirdSingle(text: string, from: number): boolean {
  let index = from;
  if (index >= text.length || classes![text.charCodeAt(index)] !== SPACE) return false;
  while (index < text.length && classes![text.charCodeAt(index)] === SPACE) index++;
  return isLetterAt(text, index) && !isLetterAt(text, index + 1);
}

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

export interface NormaliseOptions {
  /** Emoji and symbols that are coded forms themselves: never dropped as separators. */
  keep?: ReadonlySet<string>;
}

export function normaliseCoded(text: string, options: NormaliseOptions = {}): NormalisedText {
  if (!classes) build();
  const kinds = classes!;
  const fold = folded!;
  const leetOf = leet!;
  const keep = options.keep;
  const length = text.length;
  if (scratch.out.length < length) grow(length);
  const { out, starts, ends, collapsed } = scratch;
  collapsed.fill(0, 0, length);
  let size = 0;
  // Stays true while every unit maps to itself, one for one: then the offset maps are the identity.
  let identity = true;

  // The class of the last word unit written (LATIN or HAN), when nothing but separators came after it.
  let lastWord = OTHER;
  // Separators seen since that word unit: [start, end) in the original, and whether a space was among them.
  let pendingStart = -1;
  let pendingEnd = -1;
  let pendingSpace = false;
  // Length of the Latin token being written, and whether it is single letters joined across spaces ("s e x").
  let tokenLength = 0;
  let singles = false;
  // The run of one repeated letter being written.
  let runLength = 0;

  const emit = (unit: number, from: number, to: number) => {
    if (identity && (from !== size || to !== from + 1)) identity = false;
    out[size] = unit;
    starts[size] = from;
    ends[size] = to;
    size++;
  };
  const flush = () => {
    if (pendingStart < 0) return;
    // Separators that join nothing stay as written, one unit each.
    for (let index = pendingStart; index < pendingEnd; index++) {
      const code = text.charCodeAt(index);
      const kind = kinds[code]!;
      if (kind === INVISIBLE) continue;
      emit(kind === SPACE ? 0x20 : fold[code]!, index, index + 1);
    }
    pendingStart = -1;
    pendingSpace = false;
  };
  const addPending = (from: number, to: number, space: boolean) => {
    if (pendingStart < 0) pendingStart = from;
    pendingEnd = to;
    if (space) pendingSpace = true;
  };
  const wordBreak = () => {
    lastWord = OTHER;
    tokenLength = 0;
    singles = false;
    runLength = 0;
  };

  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    let kind = kinds[code]!;
    let unit = fold[code]!;
    let width = 1;

    if (kind === HIGH) {
      const low = index + 1 < length ? text.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        // Skin tones and tag characters belong to the emoji before them.
        if ((codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0020 && codePoint <= 0xe007f)) {
          if (pendingStart >= 0) pendingEnd = index + 2;
          index++;
          continue;
        }
        if (keep?.has(String.fromCodePoint(codePoint))) {
          flush();
          wordBreak();
          emit(code, index, index + 1);
          emit(low, index + 1, index + 2);
          index++;
          continue;
        }
        // Mathematical alphanumerics (𝐬𝐞𝐱) fold to ASCII letters under NFKC.
        const nfkc = String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase();
        if (nfkc.length === 1 && kinds[nfkc.charCodeAt(0)] === LATIN) {
          kind = LATIN;
          unit = fold[nfkc.charCodeAt(0)]!;
        } else kind = /\p{L}/u.test(nfkc) ? OTHER : SEPARATOR;
      } else kind = OTHER;
    }

    if (kind === INVISIBLE) {
      if (pendingStart >= 0) pendingEnd = index + 1;
      continue;
    }

    // Leetspeak: a digit or symbol next to a Latin letter inside a word.
    const leetUnit = leetOf[code]!;
    if (leetUnit && kind !== LATIN && width === 1) {
      // A separator may sit between ("bonesp.0"), a space may not ("top 5").
      const before = lastWord === LATIN && !pendingSpace;
      const after = isLetterAt(text, index + 1) || (leetOf[text.charCodeAt(index + 1)] && isLetterAt(text, index + 2));
      const interior = INTERIOR_ONLY.has(text[index]!);
      if (interior ? before && after : before || after) {
        kind = LATIN;
        unit = leetUnit;
      }
    }

    if (kind === LATIN || kind === HAN) {
      if (pendingStart >= 0) {
        let join = lastWord === kind;
        if (join && pendingSpace && kind === LATIN) {
          // Spaces join only single letters: "s e x", never "is expensive".
          const nextIsSingle = !isLetterAt(text, index + width) && !(leetOf[text.charCodeAt(index + width)] && isLetterAt(text, index + width + 1));
          // The first join of a chain needs a third single letter after the next one ("s e x", not "a g.u.n").
          join = (singles || (tokenLength === 1 && thirdSingle(text, index + width))) && nextIsSingle;
          if (join) singles = true;
        }
        if (join) {
          pendingStart = -1;
          pendingSpace = false;
        } else {
          flush();
          wordBreak();
        }
      } else if (lastWord !== kind) wordBreak();
      if (kind === LATIN) {
        if (runLength > 0 && out[size - 1] === unit) {
          runLength++;
          if (runLength === 3) {
            identity = false;
            size--;
            collapsed[size - 1] = 1;
          }
          if (runLength >= 3) {
            ends[size - 1] = index + width;
            if (width === 2) index++;
            continue;
          }
        } else runLength = 1;
        tokenLength++;
      } else runLength = 0;
      emit(unit, index, index + width);
      if (width === 2) index++;
      lastWord = kind;
      continue;
    }

    if ((kind === SEPARATOR || kind === SPACE) && lastWord !== OTHER) {
      addPending(index, index + width, kind === SPACE);
      if (width === 2) index++;
      continue;
    }

    flush();
    wordBreak();
    if (width === 2) {
      emit(code, index, index + 1);
      emit(text.charCodeAt(index + 1), index + 1, index + 2);
      index++;
    } else emit(kind === SPACE ? 0x20 : unit, index, index + 1);
  }
  flush();

  // Short texts (most posts) are faster through fromCharCode than through the UTF-16 decoder.
  const normalised = identity && size === length && unchanged(out, text, size) ? text : size <= 2048 ? String.fromCharCode.apply(null, out.subarray(0, size) as unknown as number[]) : decoder.decode(out.subarray(0, size));
  if (identity && size === length) {
    if (identityStarts.length < size) growIdentity(size);
    return { text: normalised, starts: identityStarts.subarray(0, size), ends: identityStarts.subarray(1, size + 1), collapsed: noneCollapsed(size) };
  }
  return { text: normalised, starts: starts.slice(0, size), ends: ends.slice(0, size), collapsed: collapsed.slice(0, size) };
}

function unchanged(out: Uint16Array, text: string, size: number): boolean {
  for (let index = 0; index < size; index++) if (out[index] !== text.charCodeAt(index)) return false;
  return true;
}

/** Buffers reused from text to text: normalising allocates only its results. */
const scratch = { out: new Uint16Array(0), starts: new Int32Array(0), ends: new Int32Array(0), collapsed: new Uint8Array(0) };
function grow(length: number): void {
  const size = Math.max(length, scratch.out.length * 2, 1024);
  scratch.out = new Uint16Array(size);
  scratch.starts = new Int32Array(size);
  scratch.ends = new Int32Array(size);
  scratch.collapsed = new Uint8Array(size);
}

/** Shared read-only offset maps for texts that normalise one unit to one unit in place. */
let identityStarts = new Int32Array(0);
let zeros = new Uint8Array(0);
function growIdentity(length: number): void {
  const size = Math.max(length + 1, identityStarts.length * 2, 4096);
  identityStarts = new Int32Array(size);
  for (let index = 0; index < size; index++) identityStarts[index] = index;
  zeros = new Uint8Array(size);
}
function noneCollapsed(length: number): Uint8Array {
  return zeros.subarray(0, length);
}

/** The span in the original text covered by normalised units [start, end). */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: normalised.starts[start]!, end: normalised.ends[end - 1]! };
}
