import fc from 'fast-check';

/** Characters that have broken text handling before: invisible, bidi, surrogates, full-width, combining, emoji parts. */
export const TRICKY_CHARS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
  '\u202a', '\u202b', '\u202d', '\u202e', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u200e', '\u200f', // bidi
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', // lone surrogates
  '😂', '👋🏽', '🇨🇳', '👨‍👩‍👧', '\ufe0f', '\u20e3', // emoji and their parts
  'Ａ', 'ｙｙｄｓ', '\u3000', '！', '。', '…', // full-width
  'e\u0301', '\u0301', 'İ', 'ß', 'ǅ', 'K', 'ſ', // combining and case oddities
  ' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u2029', // spaces and breaks
  '<script>', '&amp;', '&lt;', '&#x3C;', '&#0;', '&#xD800;', '"', "'", '#', '@', 'https://x.com/a?b=1#c', // markup-ish
];

/** Han characters, Kangxi radicals and compatibility ideographs: where Traditional folding and NFKC meet. */
const cjkUnits = fc
  .array(fc.oneof(fc.integer({ min: 0x3400, max: 0x9fff }), fc.integer({ min: 0x2f00, max: 0x2fdf }), fc.integer({ min: 0xf900, max: 0xfaff })), { minLength: 1, maxLength: 6 })
  .map((codes) => String.fromCharCode(...codes));

/** Text mixing known words (so matches and dictionary words happen), tricky characters and arbitrary UTF-16. */
export function mixedText(words: readonly string[], maxParts = 30): fc.Arbitrary<string> {
  const parts: fc.Arbitrary<string>[] = [fc.constantFrom(...TRICKY_CHARS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 }), cjkUnits];
  if (words.length > 0) parts.push(fc.constantFrom(...words));
  return fc.array(fc.oneof(...parts), { maxLength: maxParts }).map((pieces) => pieces.join(''));
}

/** Any JSON a storage area or a message channel could hand over, with prototype-looking keys now and then. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty'), fc.jsonValue()),
);
