import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';

/**
 * Builds the homophone table the coded-language matcher uses: every CJK
 * Unified Ideograph (U+4E00–U+9FFF) grouped by its main toneless pinyin reading,
 * from pinyin-pro's dictionary (a character with several readings is grouped
 * under the one pinyin-pro gives it alone). Each group lists its characters in
 * code-point order; the first stands for the group.
 *
 * Run: npx tsx scripts/build-homophones.ts (a unit test checks the file is current).
 */
export function buildHomophoneGroups(): Record<string, string> {
  const groups = new Map<string, string[]>();
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCharCode(code);
    const reading = pinyin(char, { toneType: 'none', v: true });
    if (!/^[a-z]+$/.test(reading)) continue;
    let group = groups.get(reading);
    if (!group) groups.set(reading, (group = []));
    group.push(char);
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reading, chars]) => [reading, chars.join('')]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.resolve('core/knowledge/coded/homophones.json');
  writeFileSync(file, `${JSON.stringify(buildHomophoneGroups(), null, 0)}\n`);
  console.log(`wrote ${file}`);
}
