/**
 * The homophone table (built from pinyin-pro by scripts/build-homophones.ts):
 * each CJK Unified Ideograph maps to the first character of its reading's
 * group, so two words that sound alike share one key (加薇 and 加微 both key
 * to the same units), and to its reading, for pinyin spellings and initials.
 */
let keys: Uint16Array | undefined;
let readings: Map<number, string> | undefined;
let groups: Record<string, string> = {};

/**
 * Installs the table: tests and tools import the JSON, the extension fetches it
 * as an asset (a module would weigh on the background's start-up budget).
 */
export function installHomophones(table: Record<string, string>): void {
  groups = table;
  keys = undefined;
  readings = undefined;
}

function build(): void {
  keys = new Uint16Array(0x10000);
  readings = new Map();
  for (let code = 0; code < 0x10000; code++) keys[code] = code;
  for (const [reading, chars] of Object.entries(groups)) {
    const head = chars.charCodeAt(0);
    for (let index = 0; index < chars.length; index++) {
      keys[chars.charCodeAt(index)] = head;
      readings.set(chars.charCodeAt(index), reading);
    }
  }
}

/** The text with every Han character replaced by its homophone group's key; same length, same offsets. */
export function homophoneKey(text: string): string {
  if (!keys) build();
  const table = keys!;
  let out: Uint16Array | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x4e00 || code > 0x9fff) continue;
    const key = table[code]!;
    if (key === code) continue;
    if (!out) {
      out = new Uint16Array(text.length);
      for (let copied = 0; copied < text.length; copied++) out[copied] = text.charCodeAt(copied);
    }
    out[index] = key;
  }
  return out ? decoder.decode(out) : text;
}

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Toneless pinyin of each character of a Han word, or undefined when one has no reading. */
export function readingsOf(word: string): string[] | undefined {
  if (!readings) build();
  const result: string[] = [];
  for (const char of word) {
    const reading = readings!.get(char.charCodeAt(0));
    if (!reading || char.length !== 1) return undefined;
    result.push(reading);
  }
  return result;
}
