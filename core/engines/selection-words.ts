import type { SelectionResult } from '../messaging/protocol';
import { lookup, segmentText, type CompactDictionary } from './dictionary';

const MAX_WORDS = 12;
const MAX_ENTRIES = 3;
const MAX_GLOSS_CHARS = 300;

/**
 * Dictionary entries for the Chinese words of a selection, each word once, in
 * reading order. Cut the same way as the learner hover and the gloss engine.
 */
export function selectionWords(dictionary: CompactDictionary, text: string): SelectionResult['words'] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const seen = new Set<string>();
  const words: SelectionResult['words'] = [];
  for (const segment of segmentText(dictionary, text)) {
    if (words.length >= MAX_WORDS) break;
    if (segment.kind !== 'word' || seen.has(segment.text)) continue;
    seen.add(segment.text);
    const entries = lookup(dictionary, segment.text)
      .slice(0, MAX_ENTRIES)
      .map((entry) => ({ ...entry, gloss: entry.gloss.slice(0, MAX_GLOSS_CHARS) }));
    if (entries.length) words.push({ word: segment.text, entries });
  }
  return words;
}
