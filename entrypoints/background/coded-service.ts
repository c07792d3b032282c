import enUrl from '@/data/coded/en.json?url';
import zhUrl from '@/data/coded/zh.json?url';
import homophonesUrl from '@/core/knowledge/coded/homophones.json?url';
import { installHomophones } from '@/core/knowledge/coded/homophones';
import { CodedMatcher } from '@/core/knowledge/coded/matcher';
import type { CodedLine } from '@/core/knowledge/coded/messages';
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

export function createCodedHandlers(): Pick<Handlers, 'codedDecode'> {
  return {
    async codedDecode({ text }) {
      return { lines: await decodeCoded(text) };
    },
  };
}
