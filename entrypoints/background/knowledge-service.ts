import { browser } from 'wxt/browser';
import cultureUrl from '@/data/culture.json?url';
import enSlangUrl from '@/data/en-slang.json?url';
import policyUrl from '@/data/policy.json?url';
import zhSlangUrl from '@/data/zh-slang.json?url';
import { resolveUiLanguage } from '@/core/i18n/language';
import { KnowledgeMatcher } from '@/core/knowledge/matcher';
import { platformHomeRegion } from '@/core/knowledge/home-region';
import { buildNotes, type Note, type NoteLanguage } from '@/core/knowledge/notes';
import { knowledgePackSchema, type KnowledgeEntry } from '@/core/knowledge/schema';
import type { TranslationResult } from '@/core/messaging/protocol';
import type { Settings } from '@/core/settings/schema';
import { profileRegions } from '@/core/moderation/jurisdiction';

const PACK_URLS = [zhSlangUrl, enSlangUrl, cultureUrl, policyUrl];

let matcher: Promise<KnowledgeMatcher> | undefined;
let toTraditional: Promise<(text: string) => string> | undefined;

/**
 * The knowledge packs and their matcher, loaded on first use and kept for the
 * worker's life. Packs are validated here as well as at build time: a broken
 * pack is dropped with a warning instead of breaking translation.
 */
export function loadMatcher(): Promise<KnowledgeMatcher> {
  matcher ??= (async () => {
    // Packs ship as JSON assets (not code): JSON.parse is faster than evaluating a module.
    const packs = await Promise.all(PACK_URLS.map(async (url) => (await fetch(url)).json() as Promise<unknown>));
    const entries: KnowledgeEntry[] = [];
    for (const pack of packs) {
      const parsed = knowledgePackSchema.safeParse(pack);
      if (parsed.success) entries.push(...parsed.data.entries);
      else console.warn('[ferry] knowledge pack rejected', parsed.error.issues[0]);
    }
    return new KnowledgeMatcher(entries);
  })();
  return matcher;
}

function traditionalConverter(): Promise<(text: string) => string> {
  toTraditional ??= import('opencc-js/cn2t').then(({ Converter }) => Converter({ from: 'cn', to: 'tw' }));
  return toTraditional;
}

function noteLanguage(settings: Settings): NoteLanguage {
  const ui = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  return ui === 'zh-CN' ? 'zh-Hans' : ui === 'zh-TW' ? 'zh-Hant' : 'en';
}

/**
 * Adds notes to translation results: on the original, and on the translation where the engine kept a term.
 * `pageUrl` is the page the posts are on; a local reader's policy cards list its platform's home region first.
 */
export async function attachNotes(results: TranslationResult[], texts: Map<string, string>, settings: Settings, pageUrl?: string): Promise<TranslationResult[]> {
  const { kinds, audience } = settings.notes;
  // A moderator's jurisdiction profile decides which regions count, whatever the reader's region list says.
  const regions = settings.mode === 'moderator' ? [...new Set([...settings.notes.regions, ...profileRegions(settings.moderation)])] : settings.notes.regions;
  if (!kinds.slang && !kinds.culture && !kinds.policy) return results;
  const [compiled, convert] = await Promise.all([loadMatcher(), settings.uiLanguage === 'zh-TW' || noteLanguage(settings) === 'zh-Hant' ? traditionalConverter() : undefined]);
  const options = { language: noteLanguage(settings), audience, kinds, regions, homeRegion: platformHomeRegion(pageUrl), toTraditional: convert ?? ((text: string) => text) };
  return results.map((result) => {
    const original = texts.get(result.key);
    if (!original || result.status === 'error') return result;
    // Readers skip notes on text in their own language; moderators keep them.
    if (result.status === 'skipped' && audience !== 'moderator') return result;
    const notes: Note[] = buildNotes(compiled, original, result.status === 'done' ? result.translation : undefined, options).slice(0, 30);
    return notes.length ? { ...result, notes } : result;
  });
}
