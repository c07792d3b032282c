import { Converter } from 'opencc-js/t2cn';

/**
 * Text normalisation shared by patterns and posts, one UTF-16 unit in, one
 * out, so a match in normalised text maps straight back to the original:
 * NFKC (full-width to half-width), lower case, Traditional to Simplified.
 *
 * Traditional folding is per character, from OpenCC's Taiwan-to-mainland
 * tables: phrase-level conversions are rare in the words Ferry matches, and a
 * per-character table keeps offsets exact and runs at memory speed.
 */
let traditionalToSimplified: Uint32Array | undefined;

const FIRST = 0x3400;
const LAST = 0x9fff;

function traditionalTable(): Uint32Array {
  if (traditionalToSimplified) return traditionalToSimplified;
  const convert = Converter({ from: 'tw', to: 'cn' });
  const table = new Uint32Array(LAST - FIRST + 1);
  for (let code = FIRST; code <= LAST; code++) {
    const char = String.fromCharCode(code);
    const simplified = convert(char);
    table[code - FIRST] = simplified.length === 1 && simplified !== char ? simplified.charCodeAt(0) : code;
  }
  // Follow chains (麼 → 么 → 幺) so that folding an already folded text changes nothing.
  for (let index = 0; index < table.length; index++) {
    let target = table[index]!;
    for (let hops = 0; hops < 8 && target >= FIRST && target <= LAST && table[target - FIRST] !== target; hops++) target = table[target - FIRST]!;
    table[index] = target;
  }
  traditionalToSimplified = table;
  return table;
}

function foldUnit(code: number, table: Uint32Array): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code >= FIRST && code <= LAST) return table[code - FIRST]!;
  // Full-width ASCII (｡-～ range FF01-FF5E) to half-width, then lower-case.
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 65 && half <= 90 ? half + 32 : half;
  }
  if (code === 0x3000) return 0x20;
  return -1;
}

/** Normalises `text` unit by unit; the result has exactly `text.length` units. */
export function normalizeText(text: string): string {
  const table = traditionalTable();
  let out: Uint16Array | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let folded = foldUnit(code, table);
    if (folded < 0) {
      // NFKC can land on a unit the table folds further (Kangxi radicals to Traditional characters): fold that too.
      const other = otherUnit(code);
      const again = foldUnit(other, table);
      folded = again < 0 ? other : again;
    }
    if (folded !== code && !out) {
      out = new Uint16Array(text.length);
      for (let copied = 0; copied < index; copied++) out[copied] = text.charCodeAt(copied);
    }
    if (out) out[index] = folded;
  }
  // UTF-16 decoding keeps one unit per unit (a lone surrogate becomes U+FFFD, still one unit).
  return out ? utf16.decode(out) : text;
}

// ignoreBOM: a text that starts with U+FEFF keeps it, or every offset after it would be off by one.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const otherUnits = new Map<number, number>();

/** Other scripts and symbols: NFKC and lower case where that keeps one unit; remembered per unit. */
function otherUnit(code: number): number {
  let folded = otherUnits.get(code);
  if (folded === undefined) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const normalized = isSurrogate ? '' : String.fromCharCode(code).normalize('NFKC').toLowerCase();
    folded = normalized.length === 1 ? normalized.charCodeAt(0) : code;
    otherUnits.set(code, folded);
  }
  return folded;
}

/** True for letters and digits of alphabetic scripts, which need word boundaries. */
export function isWordUnit(code: number): boolean {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39) return true;
  if (code < 0xc0) return false;
  // Latin-1 letters, Latin Extended, Greek, Cyrillic.
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x4ff);
}
