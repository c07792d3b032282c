import { allPlaceNames, countryOf, lookupPlace, placeChain, type Place, type Script } from './gazetteer';

/**
 * Account and context signals for moderators. Each one is an observation a
 * person should look at ("the displayed IP region and the place the text
 * claims differ"), never a verdict: people travel, move and use VPNs.
 */
export type Signal =
  | { kind: 'location-mismatch'; label: string; labelPlace: string; claim: string; claimPlace: string }
  | { kind: 'script-mismatch'; script: Script; claim: string; claimPlace: string; expected: Script[] }
  | { kind: 'duplicate-text'; accounts: number; authors: string[] };

export interface LocationClaim {
  place: Place;
  /** The words of the claim as written ("I'm from Texas", "我是广州人"). */
  phrase: string;
}

const LABEL_PREFIX = /^(?:IP\s*(?:属地|屬地|归属地|歸屬地|location|region)|发布于|發佈於|来自|來自|IP)\s*[:：]?\s*/iu;

/** "IP属地：广东", "发布于 北京", "·四川", "美国" → the place, when the gazetteer knows it. */
export function parseLocationLabel(label: string | undefined): Place | undefined {
  if (!label) return undefined;
  const cleaned = label.trim().replace(/^[·•・|｜\s]+/u, '').replace(LABEL_PREFIX, '').replace(/^[·•・\s]+/u, '').trim();
  return cleaned ? lookupPlace(cleaned) : undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatinName = (name: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name);

function alternation(names: string[]): string {
  return names.map(escape).join('|');
}

/**
 * The claim patterns, built on first use: the content script starts on every
 * page, and only moderators' pages ever read claims.
 */
let claimPatterns: RegExp[] | undefined;
function buildClaimPatterns(): RegExp[] {
  // Longest names first, so "New York City" wins over "New York" and "加利福尼亚" over "加州"-like prefixes.
  const ALL = allPlaceNames();
  const LATIN_NAMES = alternation(ALL.filter((entry) => !entry.demonym && isLatinName(entry.name)).map((entry) => entry.name));
  const LATIN_DEMONYMS = alternation(ALL.filter((entry) => entry.demonym && isLatinName(entry.name)).map((entry) => entry.name));
  const HAN_NAMES = alternation(ALL.filter((entry) => !entry.demonym && !isLatinName(entry.name)).map((entry) => entry.name));
  const HAN_DEMONYMS = alternation(ALL.filter((entry) => entry.demonym && !isLatinName(entry.name)).map((entry) => entry.name));

  const END = '(?![\\p{L}\\p{N}])';
  const IM = "(?:i['’]?m|i am|im)";
  /** Each pattern's first group is the place name or demonym. Claims need a first-person frame: "Texas BBQ" alone is not one. */
  return [
    new RegExp(`\\b${IM}\\s+(?:originally\\s+)?(?:from|based in|living in|in)\\s+(${LATIN_NAMES})${END}`, 'giu'),
    new RegExp(`\\bi\\s+(?:live|grew up|was born|was raised)\\s+in\\s+(${LATIN_NAMES})${END}`, 'giu'),
    new RegExp(`\\bborn and raised in\\s+(${LATIN_NAMES})${END}`, 'giu'),
    new RegExp(`\\bhere in\\s+(${LATIN_NAMES})${END}`, 'giu'),
    new RegExp(`\\b${IM}\\s+(?:an?\\s+)?(?:real|proud|true|native|born)?\\s*(${LATIN_DEMONYMS})${END}`, 'giu'),
    new RegExp(`\\bas\\s+an?\\s+(${LATIN_DEMONYMS})${END}`, 'giu'),
    new RegExp(`\\b(?:real|proud|true)\\s+(${LATIN_DEMONYMS})\\s+here${END}`, 'giu'),
    new RegExp(`(?:我是|我就是|本人是|本人|作为|作為)(?:一个|一名|一個|土生土长的|土生土長的|地道的|正宗的)?(${HAN_DEMONYMS})`, 'gu'),
    // 来自 needs a speaker or the start of a sentence: "这款包来自意大利" is about a bag.
    new RegExp(`(?:我|本人|(?:^|[，,。.!！?？\\s]))(?:来自|來自)(${HAN_NAMES})`, 'gu'),
    new RegExp(`(?:我|本人)(?:住在|生活在|人在|定居在|定居)(${HAN_NAMES})`, 'gu'),
    new RegExp(`坐标[:：]?\\s*(${HAN_NAMES})`, 'gu'),
    new RegExp(`^(${HAN_DEMONYMS})(?=[，,。!！\\s]|$)`, 'gu'),
  ];
}

/** Where the text says its author is from or lives; empty when it makes no such claim. */
export function findLocationClaims(text: string): LocationClaim[] {
  const claims: LocationClaim[] = [];
  for (const pattern of (claimPatterns ??= buildClaimPatterns())) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const place = lookupPlace(match[1]!);
      if (place && !claims.some((claim) => claim.place === place)) claims.push({ place, phrase: match[0].replace(/^[，,。.!！?？\s]+/u, '').trim() });
    }
  }
  return claims;
}

/** Greater China labels: a "Chinese" claim fits a Hong Kong, Macau or Taiwan label and the other way round. */
const GREATER_CHINA = new Set(['CN', 'HK', 'MO', 'TW']);

/** True when one place contains the other (Guangzhou and 广东), or both are the same. */
export function placesAgree(a: Place, b: Place): boolean {
  if (placeChain(a).includes(b) || placeChain(b).includes(a)) return true;
  const [countryA, countryB] = [countryOf(a), countryOf(b)];
  const coarse = a.kind === 'country' || b.kind === 'country';
  return coarse && GREATER_CHINA.has(countryA.id) && GREATER_CHINA.has(countryB.id);
}

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** The script most letters of the text are in; a Latin word weighs about as much as one Han character. */
export function dominantScript(text: string): { script: Script | undefined; letters: number } {
  const counts = new Map<Script, number>();
  let letters = 0;
  const cleaned = text.replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ');
  for (const char of cleaned) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    const script = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + (script === 'Latin' ? 0.25 : 1));
  }
  let best: Script | undefined;
  for (const [script, count] of counts) if (best === undefined || count > counts.get(best)!) best = script;
  return { script: best, letters };
}

/** Below this many letters a post says too little about its script. */
const MIN_LETTERS_FOR_SCRIPT = 12;

export interface AccountInput {
  text: string;
  locationLabel?: string;
}

/** Signals about one post on its own: its IP label against its claims, its script against its claims. */
export function accountSignals({ text, locationLabel }: AccountInput): Signal[] {
  const claims = findLocationClaims(text);
  if (claims.length === 0) return [];
  const signals: Signal[] = [];
  const labelPlace = parseLocationLabel(locationLabel);
  if (labelPlace && locationLabel && !claims.some((claim) => placesAgree(claim.place, labelPlace))) {
    const claim = claims[0]!;
    signals.push({ kind: 'location-mismatch', label: locationLabel.trim(), labelPlace: labelPlace.id, claim: claim.phrase, claimPlace: claim.place.id });
  }
  const { script, letters } = dominantScript(text);
  if (script && letters >= MIN_LETTERS_FOR_SCRIPT) {
    const fits = (claim: LocationClaim) => (countryOf(claim.place).scripts ?? []).includes(script);
    if (!claims.some(fits)) {
      const claim = claims[0]!;
      signals.push({ kind: 'script-mismatch', script, claim: claim.phrase, claimPlace: claim.place.id, expected: countryOf(claim.place).scripts ?? [] });
    }
  }
  return signals;
}

export interface PageEntry {
  key: string;
  author?: string;
  text: string;
}

/** Letters and digits only, case-folded: "Great deal!!! 👍" and "great deal" are the same text. */
export function normalizeForDuplicates(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const MIN_DUPLICATE_CHARS = 8;
const NEAR_SAME = 0.9;
const MAX_PAGE_ENTRIES = 400;

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let index = 0; index < text.length - 1; index++) {
    const gram = text.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams: 1 for the same text, near 1 for a changed word or two. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const [gramsA, gramsB] = [bigrams(a), bigrams(b)];
  let shared = 0;
  for (const [gram, count] of gramsA) shared += Math.min(count, gramsB.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * Page-level signal: the same or nearly the same text posted by more than one
 * account on the page. Returns the signal for each entry key that has one.
 */
export function duplicateTextSignals(entries: PageEntry[]): Map<string, Signal> {
  const items = entries
    .slice(0, MAX_PAGE_ENTRIES)
    .map((entry) => ({ ...entry, normalized: normalizeForDuplicates(entry.text) }))
    .filter((entry) => entry.normalized.length >= MIN_DUPLICATE_CHARS);
  const signals = new Map<string, Signal>();
  for (const item of items) {
    const authors = new Set<string>();
    for (const other of items) {
      const lengths = Math.min(item.normalized.length, other.normalized.length) / Math.max(item.normalized.length, other.normalized.length);
      if (lengths < NEAR_SAME - 0.1 || similarity(item.normalized, other.normalized) < NEAR_SAME) continue;
      // Posts without a visible author count as separate accounts only by their key.
      authors.add(other.author ?? `#${other.key}`);
    }
    if (authors.size >= 2) signals.set(item.key, { kind: 'duplicate-text', accounts: authors.size, authors: [...authors].filter((author) => !author.startsWith('#')).slice(0, 10) });
  }
  return signals;
}
