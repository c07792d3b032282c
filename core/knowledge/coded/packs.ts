import en from '@/data/coded/en.json';
import zh from '@/data/coded/zh.json';
import homophones from './homophones.json';
import { installHomophones } from './homophones';
import { CodedMatcher } from './matcher';
import { codedPackSchema, type CodedPack } from './schema';

/** Both coded-language packs, validated, with the homophone table installed: for tests, tools and benchmarks. */
export function loadCodedPacks(): CodedPack[] {
  installHomophones(homophones);
  return [codedPackSchema.parse(zh), codedPackSchema.parse(en)];
}

let shared: CodedMatcher | undefined;

/** One matcher over every coded entry, built on first use. */
export function codedMatcher(): CodedMatcher {
  shared ??= new CodedMatcher(loadCodedPacks().flatMap((pack) => pack.entries));
  return shared;
}
