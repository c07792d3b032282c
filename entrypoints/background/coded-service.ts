import enUrl from '@/data/coded/en.json?url';
import zhUrl from '@/data/coded/zh.json?url';
import homophonesUrl from '@/core/knowledge/coded/homophones.json?url';
import { installHomophones } from '@/core/knowledge/coded/homophones';
import { CodedMatcher } from '@/core/knowledge/coded/matcher';
import { MAX_DECODE_CHARS, type CodedLine } from '@/core/knowledge/coded/messages';
import type { GlossaryTerm } from '@/core/engines/types';
import { codedPackSchema, type CodedPack } from '@/core/knowledge/coded/schema';
import type { Handlers } from '@/core/messaging/router';

let loaded: Promise<{ matcher: CodedMatcher; sources: Map<string, CodedPack['sources'][string]> }> | undefined;

/**
 * The coded-language packs and their matcher, fetched as assets on first use and
 * kept for the worker's life. A pack that fails validation is dropped with a
 * warning; decoding then works with the other one.
 */
function load() {
  loaded ??= (async () => {
    const [zh, en, homophones] = await Promise.all([zhUrl, enUrl, homophonesUrl].map(async (url) => (await fetch(url)).json() as Promise<unknown>));
    installHomophones(homophones as Record<string, string>);
    const packs: CodedPack[] = [];
    for (const raw of [zh, en]) {
      const parsed = codedPackSchema.safeParse(raw);
      if (parsed.success) packs.push(parsed.data);
      else console.warn('[ferry] coded-language pack rejected', parsed.error.issues[0]);
    }
    const sources = new Map<string, CodedPack['sources'][string]>();
    for (const pack of packs) for (const entry of pack.entries) sources.set(entry.id, pack.sources[entry.source]!);
    return { matcher: new CodedMatcher(packs.flatMap((pack) => pack.entries)), sources };
  })();
  return loaded;
}

export async function decodeCoded(text: string): Promise<CodedLine[]> {
  const { matcher, sources } = await load();
  return matcher
    .match(text)
    .slice(0, 50)
    .map((match) => {
      const entry = matcher.entry(match.entryId)!;
      return { entryId: match.entryId, topic: match.topic, start: match.start, end: match.end, written: match.text.slice(0, 200), meaning: entry.meaning, care: entry.care, source: sources.get(entry.id)! };
    });
}

/** At most this many terms go to an engine: a post stuffed with coded words cannot flood the prompt. */
const MAX_GLOSSARY_TERMS = 20;

/**
 * The coded language of a text to be translated, as glossary terms in the
 * target's language (Chinese meanings for Chinese targets, English otherwise).
 * Decoded here from the text itself, never from what a page reports.
 */
export async function codedGlossary(text: string, target: string): Promise<GlossaryTerm[]> {
  const lines = await decodeCoded(text.slice(0, MAX_DECODE_CHARS));
  const terms = new Map<string, GlossaryTerm>();
  for (const line of lines) {
    const meaning = target.startsWith('zh') ? line.meaning['zh-Hans'] : line.meaning.en;
    terms.set(`${line.written}\u0000${meaning}`, { written: line.written, meaning });
  }
  return [...terms.values()].slice(0, MAX_GLOSSARY_TERMS);
}

export function createCodedHandlers(): Pick<Handlers, 'codedDecode'> {
  return {
    async codedDecode({ text }) {
      return { lines: await decodeCoded(text) };
    },
  };
}
