import en from '@/data/coded/en.json';
import zh from '@/data/coded/zh.json';
import { CodedMatcher } from './matcher';
import { codedPackSchema, type CodedEntry, type CodedPack } from './schema';

/** Both coded-language packs, validated (the build validates them too). */
export function loadCodedPacks(): CodedPack[] {
  return [codedPackSchema.parse(zh), codedPackSchema.parse(en)];
}

let shared: { matcher: CodedMatcher; sources: Map<string, CodedPack['sources'][string]> } | undefined;

/** One matcher over every coded entry, built on first use. */
export function codedMatcher(): CodedMatcher {
  return codedIndex().matcher;
}

/** The source an entry cites. */
export function codedSource(entry: CodedEntry, pack: 'zh' | 'en' = entry.id.startsWith('en-') ? 'en' : 'zh') {
  return codedIndex().sources.get(`${pack}:${entry.source}`);
}

function codedIndex() {
  if (!shared) {
    const packs = loadCodedPacks();
    const sources = new Map<string, CodedPack['sources'][string]>();
    for (const pack of packs) for (const [key, source] of Object.entries(pack.sources)) sources.set(`${pack.language}:${key}`, source);
    shared = { matcher: new CodedMatcher(packs.flatMap((pack) => pack.entries)), sources };
  }
  return shared;
}
