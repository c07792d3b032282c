import { describe, expect, it } from 'vitest';
import { CodedMatcher } from './matcher';
import { loadCodedPacks } from './packs';
import { codedPackSchema } from './schema';
import zh from '@/data/coded/zh.json';
import en from '@/data/coded/en.json';

const MINIMUM = { 'coded-zh': 250, 'coded-en': 150 } as const;

describe('coded-language packs', () => {
  it('validate against the schema', () => {
    for (const raw of [zh, en]) {
      const parsed = codedPackSchema.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    }
  });

  const packs = loadCodedPacks();
  const matcher = new CodedMatcher(packs.flatMap((pack) => pack.entries));

  for (const pack of packs) {
    describe(pack.pack, () => {
      it(`has at least ${MINIMUM[pack.pack]} entries, sorted by id, each id once`, () => {
        expect(pack.entries.length).toBeGreaterThanOrEqual(MINIMUM[pack.pack]);
        const ids = pack.entries.map((entry) => entry.id);
        expect(ids).toEqual([...ids].sort());
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('gives self-harm entries a care note with help lines', () => {
        for (const entry of pack.entries.filter((candidate) => candidate.topic === 'self-harm')) {
          expect(entry.care?.en).toMatch(/988/);
          expect(entry.care?.['zh-Hans']).toMatch(/12356/);
        }
      });

      // Every example sentence is a test, both ways: the entry decodes, and nothing else in the sentence does.
      for (const entry of pack.entries) {
        it(`decodes ${entry.id} in its example and nothing around it`, () => {
          const matches = matcher.match(entry.example);
          expect(matches.map((match) => match.entryId)).toEqual([entry.id]);
          const [match] = matches;
          expect(entry.example.slice(match!.start, match!.end)).toBe(match!.text);
        });
        for (const ordinary of entry.ordinary) {
          it(`does not decode ${entry.id} in "${ordinary}"`, () => {
            expect(matcher.match(ordinary).map((match) => match.entryId)).not.toContain(entry.id);
          });
        }
      }
    });
  }
});
