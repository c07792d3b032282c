import type { WordLookup } from '../messaging/protocol';
import { lookup, segmentText, type CompactDictionary } from './dictionary';

const MAX_ENTRIES = 6;
const MAX_GLOSS_CHARS = 300;

/**
 * The dictionary word that covers `offset` in `text`, for the learner hover.
 * The text is cut into words the same way the dictionary engine glosses a
 * post (forward maximum matching), so the hover and the gloss agree on where
 * a word starts; the caller sends the run of Chinese around the pointer.
 */
export function wordAt(dictionary: CompactDictionary, text: string, offset: number): WordLookup {
  let start = 0;
  for (const segment of segmentText(dictionary, text)) {
    const end = start + segment.text.length;
    if (offset >= start && offset < end) {
      if (segment.kind !== 'word') break;
      const entries = lookup(dictionary, segment.text)
        .slice(0, MAX_ENTRIES)
        .map((entry) => ({ ...entry, gloss: entry.gloss.slice(0, MAX_GLOSS_CHARS) }));
      return { word: segment.text, start, end, entries };
    }
    start = end;
  }
  return { word: '', start: offset, end: offset, entries: [] };
}
