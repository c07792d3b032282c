import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodedMatcher } from './matcher';
import { normaliseCoded } from './normalise';
import { codedMatcher } from './packs';
import type { CodedEntry } from './schema';

const norm = (text: string) => normaliseCoded(text, { keep: new Set(['🌽']) }).text;

describe('normaliseCoded', () => {
  it.each([
    ['s.e.x', 'sex'],
    ['s e x party', 'sex party'],
    ['微❤️信', '微信'],
    ['微 信', '微信'],
    ['微\u200b信', '微信'],
    ['s3x and le$bian h0rny', 'sex and lesbian horny'],
    ['ｓｅｘ', 'sex'],
    ['ѕех ρorn', 'sex porn'],
    ['𝐬𝐞𝐱', 'sex'],
    ['seeeggs', 'seggs'],
    ['k!ll', 'kill'],
    ['naïve café', 'naive cafe'],
    ['微👍🏽信', '微信'],
  ])('undoes %s', (input, output) => {
    expect(norm(input)).toBe(output);
  });

  it.each(['is expensive', 'wow! @user 2024', 'a b testing', 'a g.u.n', 'see you soon', '今天，天气好。明天呢？', '🌽 tonight'])('keeps ordinary text "%s" apart', (input) => {
    const output = norm(input);
    expect(output.replace(/\s+/g, ' ').split(' ').length).toBe(input.replace(/\s+/g, ' ').split(' ').length);
  });

  it('maps every normalised unit back to the characters it came from', () => {
    const text = 'I want s.e.x and 微❤️信 now';
    const result = normaliseCoded(text);
    const at = result.text.indexOf('sex');
    expect(text.slice(result.starts[at]!, result.ends[at + 2]!)).toBe('s.e.x');
    const wx = result.text.indexOf('微信');
    expect(text.slice(result.starts[wx]!, result.ends[wx + 1]!)).toBe('微❤️信');
  });
});

describe('CodedMatcher', () => {
  const matcher = codedMatcher();

  it('reports the span the author wrote', () => {
    const text = '想要的加 薇❤️信 聊';
    const [match] = matcher.match(text).filter((candidate) => candidate.entryId === 'zh-weixin');
    expect(match?.text).toBe('薇❤️信');
  });

  it('decodes homophones from the pinyin table, not only the listed forms', () => {
    // 维信 is not a listed form: it is found because 维 reads wéi like 微.
    const [match] = matcher.match('有事加维信联系我').filter((candidate) => candidate.entryId === 'zh-weixin');
    expect(match).toMatchObject({ text: '维信', via: 'homophone' });
  });

  it('decodes plain words only where they were disguised', () => {
    expect(matcher.match('sex education matters').map((match) => match.entryId)).not.toContain('en-sex-obf');
    expect(matcher.match('s3x education matters').map((match) => match.entryId)).toContain('en-sex-obf');
  });
});

/** The tricks the normaliser undoes, as functions from a plain word to a disguised one. */
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
const HOMOGLYPH: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const SEPARATORS = ['.', '-', '_', '*', '❤️', '✨', '\u200b', '/'];

const trickArbitrary = fc.record({
  leet: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  glyph: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  wide: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  upper: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  stretch: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
  separator: fc.array(fc.option(fc.constantFrom(...SEPARATORS), { nil: undefined }), { minLength: 12, maxLength: 12 }),
});

interface Tricks {
  leet: boolean[];
  glyph: boolean[];
  wide: boolean[];
  upper: boolean[];
  stretch: number[];
  separator: (string | undefined)[];
}

function disguise(word: string, tricks: Tricks): string {
  const chars = [...word];
  return chars
    .map((char, index) => {
      let out = char;
      const latin = /[a-z]/.test(char);
      // A leet digit at a word's edge is not a letter any more: the normaliser reads digits as letters only next to letters.
      if (latin && tricks.leet[index] && LEET[char] && index > 0) out = LEET[char];
      else if (latin && tricks.glyph[index] && HOMOGLYPH[char]) out = HOMOGLYPH[char];
      else if (latin && tricks.wide[index]) out = String.fromCharCode(char.charCodeAt(0) + 0xfee0);
      else if (latin && tricks.upper[index]) out = char.toUpperCase();
      // Stretching a letter three times or more is a trick; doubling it changes the word.
      if (latin && out === char && tricks.stretch[index]! >= 3 && chars[index - 1] !== char && chars[index + 1] !== char) out = char.repeat(tricks.stretch[index]!);
      const separator = index < chars.length - 1 ? tricks.separator[index] : undefined;
      return separator ? out + separator : out;
    })
    .join('');
}

describe('obfuscation property', () => {
  const matcher = codedMatcher();
  const terms: { entry: CodedEntry; form: string }[] = matcher.entries.flatMap((entry) =>
    entry.forms
      .filter((form) => /^[a-z]{3,12}$/.test(form) || /^[\u4e00-\u9fff]{2,6}$/.test(form))
      .filter(() => entry.requireAny.length === 0 && entry.excludeAny.length === 0)
      .map((form) => ({ entry, form })),
  );
  const single = (term: { entry: CodedEntry }) => new CodedMatcher([term.entry]);

  it('has terms to test', () => {
    expect(terms.length).toBeGreaterThan(50);
  });

  it('decodes a known term under any mix of tricks, and its span maps back to what was written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...terms), trickArbitrary, fc.constantFrom('', 'so ', '我说 ', 'look: '), fc.constantFrom('', ' ok', ' 好吗', '!'), (term, tricks, before, after) => {
        const written = disguise(term.form, tricks);
        const text = `${before}${written}${after}`;
        const matches = single(term).match(text);
        const match = matches.find((candidate) => candidate.entryId === term.entry.id);
        expect(match, `${term.entry.id} in ${JSON.stringify(text)}`).toBeDefined();
        expect(match!.start).toBe(before.length);
        expect(match!.end).toBe(before.length + written.length);
        expect(text.slice(match!.start, match!.end)).toBe(written);
      }),
      { numRuns: 400 },
    );
  });
});
