import { browser } from 'wxt/browser';
import { fetchDictionary, type CompactDictionary } from '@/core/engines/dictionary';

let dictionary: Promise<CompactDictionary> | undefined;

/**
 * CC-CEDICT as built into the extension (dict/cedict.json), read once per
 * worker life and only here: the content script asks for single words and
 * never loads the file. A failed read is forgotten so the next hover tries again.
 */
export function loadDictionary(): Promise<CompactDictionary> {
  dictionary ??= fetchDictionary(browser.runtime.getURL('/dict/cedict.json')).catch((error: unknown) => {
    dictionary = undefined;
    throw error;
  });
  return dictionary;
}
