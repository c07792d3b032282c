import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { platformHomeRegion } from './home-region';
import { KnowledgeMatcher } from './matcher';
import { buildNotes, type Audience, type NoteLanguage, type NoteOptions } from './notes';
import { knowledgeEntrySchema, knowledgePackSchema, type KnowledgeEntry, type PolicyEntry, type Region } from './schema';

const ALL_REGIONS: Region[] = ['CN', 'HK', 'TW', 'US', 'EU', 'UK'];
const toTraditional = Converter({ from: 'cn', to: 'tw' });

const options = (audience: Audience, language: NoteLanguage = 'en', extra: Partial<NoteOptions> = {}): NoteOptions => ({
  language,
  audience,
  kinds: { slang: true, culture: true, policy: true },
  regions: ALL_REGIONS,
  toTraditional,
  ...extra,
});

const rule = (level: 'prohibited' | 'allowed') => ({
  level,
  rule: { en: `${level} here`, 'zh-Hans': level === 'allowed' ? '允许' : '禁止' },
  citation: { law: 'Test Act s. 1', url: 'https://example.org/law' },
  asOf: '2026-01-01',
  confidence: 'medium',
});

const base = {
  title: { en: 'Test topic', 'zh-Hans': '测试话题' },
  explanation: { en: 'What it means, for a visitor.', 'zh-Hans': '给访客的说明。' },
  examples: { positive: ['example'], negative: ['nothing'] },
  sources: [{ title: 'test source' }],
  confidence: 'high',
  lastReviewed: '2026-11-24',
};

const policy = (id: string, patterns: string[], audience: Audience[], localExplanation?: { en: string; 'zh-Hans': string }): KnowledgeEntry =>
  knowledgeEntrySchema.parse({
    ...base,
    id,
    kind: 'policy',
    topic: 'test',
    patterns,
    audience,
    localExplanation,
    regions: { CN: rule('prohibited'), HK: rule('prohibited'), US: rule('allowed'), EU: rule('allowed'), UK: rule('allowed') },
  });

const slang = (id: string, patterns: string[], language: 'zh' | 'en'): KnowledgeEntry =>
  knowledgeEntrySchema.parse({ ...base, id, kind: 'slang', language, patterns, audience: ['foreign-reader', 'moderator'] });

const LOCAL = { en: 'Framed for someone at home on an English platform.', 'zh-Hans': '写给在中文平台上的本地读者。' };
const matcher = new KnowledgeMatcher([
  policy('policy-both', ['widget'], ['foreign-reader', 'local-reader', 'moderator'], LOCAL),
  policy('policy-visitors-only', ['gadget'], ['foreign-reader', 'moderator']),
  slang('zh-term', ['种草'], 'zh'),
  slang('en-term', ['no cap'], 'en'),
]);

const ids = (text: string, opts: NoteOptions) => buildNotes(matcher, text, undefined, opts).map((note) => note.id);
const note = (text: string, opts: NoteOptions) => buildNotes(matcher, text, undefined, opts)[0]!;

describe('notes for a local reader', () => {
  it('explain a policy topic in the local wording, in the reader’s language', () => {
    expect(note('a widget', options('local-reader')).explanation).toBe(LOCAL.en);
    expect(note('a widget', options('local-reader', 'zh-Hans')).explanation).toBe(LOCAL['zh-Hans']);
    expect(note('a widget', options('local-reader', 'zh-Hant')).explanation).toBe(toTraditional(LOCAL['zh-Hans']));
  });

  it('leave the visitor’s and the moderator’s wording as it was', () => {
    expect(note('a widget', options('foreign-reader')).explanation).toBe(base.explanation.en);
    expect(note('a widget', options('moderator', 'zh-Hans')).explanation).toBe(base.explanation['zh-Hans']);
  });

  it('get a policy topic only when it is written for local readers', () => {
    expect(ids('a widget and a gadget', options('local-reader'))).toEqual(['policy-both']);
    expect(ids('a widget and a gadget', options('foreign-reader'))).toEqual(['policy-both', 'policy-visitors-only']);
    expect(ids('a widget and a gadget', options('moderator'))).toEqual(['policy-both', 'policy-visitors-only']);
  });

  it('share the foreign reader’s slang notes, chosen by the reader’s language: the other language’s words are explained', () => {
    const mixed = '种草 no cap';
    // A Chinese user at home on Xiaohongshu reading a newcomer's English post: the English slang.
    expect(ids(mixed, options('local-reader', 'zh-Hans'))).toEqual(['en-term']);
    expect(ids(mixed, options('local-reader', 'zh-Hant'))).toEqual(['en-term']);
    // An American at home on X reading a Chinese post: the Chinese slang.
    expect(ids(mixed, options('local-reader', 'en'))).toEqual(['zh-term']);
    // The same choice and the same text a visitor gets.
    expect(ids(mixed, options('foreign-reader', 'zh-Hans'))).toEqual(['en-term']);
    expect(note('no cap', options('local-reader', 'zh-Hans')).explanation).toBe(note('no cap', options('foreign-reader', 'zh-Hans')).explanation);
  });

  it('list the platform’s home region first in a policy card; other readers keep their own order', () => {
    const regions = (audience: Audience, homeRegion?: Region, regionList = ALL_REGIONS) =>
      buildNotes(matcher, 'widget', undefined, options(audience, 'en', { homeRegion, regions: regionList }))[0]!.regions!.map((row) => row.region);
    expect(regions('local-reader', 'US')).toEqual(['US', 'CN', 'HK', 'EU', 'UK']);
    expect(regions('local-reader', 'CN')).toEqual(['CN', 'HK', 'US', 'EU', 'UK']);
    expect(regions('local-reader')).toEqual(['CN', 'HK', 'US', 'EU', 'UK']);
    // A region the reader did not tick is not added.
    expect(regions('local-reader', 'US', ['CN', 'UK'])).toEqual(['CN', 'UK']);
    expect(regions('foreign-reader', 'US')).toEqual(['CN', 'HK', 'US', 'EU', 'UK']);
    expect(regions('moderator', 'US')).toEqual(['CN', 'HK', 'US', 'EU', 'UK']);
  });
});

describe('the home region of a platform', () => {
  it.each([
    ['https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6', 'CN'],
    ['https://www.douyin.com/video/1', 'CN'],
    ['https://m.weibo.cn/detail/1', 'CN'],
    ['https://x.com/someone/status/1', 'US'],
    ['https://old.reddit.com/r/China/', 'US'],
    ['https://www.threads.com/@someone', 'US'],
  ] as const)('%s is at home in %s', (url, region) => {
    expect(platformHomeRegion(url)).toBe(region);
  });

  it.each([undefined, 'not a url', 'https://www.tiktok.com/@someone', 'https://example.org/', 'https://notx.com/', 'https://x.com.example.org/'])('%s has none', (url) => {
    expect(platformHomeRegion(url)).toBeUndefined();
  });
});

describe('the policy pack’s local wording', () => {
  const pack = knowledgePackSchema.parse(JSON.parse(readFileSync(path.resolve('data/policy.json'), 'utf8')));
  const entries = pack.entries.filter((entry): entry is PolicyEntry => entry.kind === 'policy');
  const packMatcher = new KnowledgeMatcher(entries);

  it('is written for every policy topic, and every topic is written for local readers', () => {
    expect(entries.filter((entry) => !entry.audience.includes('local-reader') || !entry.localExplanation).map((entry) => entry.id)).toEqual([]);
  });

  it('is its own text, not the foreign reader’s', () => {
    const same = entries.filter((entry) => entry.localExplanation!.en === entry.explanation.en || entry.localExplanation!['zh-Hans'] === entry.explanation['zh-Hans']);
    expect(same.map((entry) => entry.id)).toEqual([]);
  });

  it('reaches a local reader on each topic’s own examples, in English and in Chinese', () => {
    const wrong = entries.flatMap((entry) =>
      (['en', 'zh-Hans'] as const).flatMap((language) => {
        const found = buildNotes(packMatcher, entry.examples.positive[0]!, undefined, options('local-reader', language)).find((n) => n.id === entry.id);
        return found?.explanation === entry.localExplanation![language] ? [] : [`${entry.id} (${language})`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('stays short enough for a card: at most three sentences and 400 characters in English', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    const long = entries
      .filter((entry) => entry.localExplanation!.en.length > 400 || entry.localExplanation!['zh-Hans'].length > 200 || sentences(entry.localExplanation!.en) > 3)
      .map((entry) => entry.id);
    expect(long).toEqual([]);
  });

  it('is required of a policy entry written for local readers', () => {
    const entry = { ...entries[0]!, localExplanation: undefined };
    expect(knowledgeEntrySchema.safeParse(entry).success).toBe(false);
    expect(knowledgeEntrySchema.safeParse({ ...entry, audience: ['foreign-reader', 'moderator'] }).success).toBe(true);
  });
});
