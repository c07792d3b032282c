import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { KnowledgeMatcher } from '../../../core/knowledge/matcher';
import { normalizeText } from '../../../core/knowledge/normalize';
import { knowledgePackSchema, type KnowledgeEntry } from '../../../core/knowledge/schema';
import { mixedText } from './arbitraries';

function shippedEntries(): KnowledgeEntry[] {
  const dir = path.resolve('data');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => knowledgePackSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).entries);
}

/** The matcher over the shipped packs, fed texts built from their own patterns, contexts and hostile characters. */
export function knowledgeMatcherProperties(runs: number): void {
  const entries = shippedEntries();
  const matcher = new KnowledgeMatcher(entries);
  const words = [...new Set(entries.flatMap((entry) => [...entry.patterns, ...entry.notInside, ...entry.context.requireAny, ...entry.context.excludeAny]))];
  const text = mixedText(words);

  it(`never throws; every span lies within the text and is the original text there (${runs} cases)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const matches = matcher.match(input);
        const seen = new Set<string>();
        for (const match of matches) {
          expect(Number.isInteger(match.start) && Number.isInteger(match.end)).toBe(true);
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(input.length);
          expect(match.text).toBe(input.slice(match.start, match.end));
          expect(matcher.entry(match.entryId)?.kind).toBe(match.kind);
          expect(seen.has(match.entryId)).toBe(false);
          seen.add(match.entryId);
        }
      }),
      { numRuns: runs },
    );
  });

  it('keeps a leading byte-order mark, so offsets after it still point at the original (found by fuzzing)', () => {
    expect(normalizeText('\ufeffA')).toBe('\ufeffa');
    const [match] = matcher.match(`\ufeff${entries[0]!.patterns[0]!}`);
    expect(match?.start).toBe(1);
  });

  it('folds every Han, Kangxi and compatibility unit to a unit that folds to itself', () => {
    const unstable: string[] = [];
    for (const [first, last] of [[0x2f00, 0x2fdf], [0x3400, 0x9fff], [0xf900, 0xfaff]] as const) {
      for (let code = first; code <= last; code++) {
        const once = normalizeText(String.fromCharCode(code));
        if (normalizeText(once) !== once) unstable.push(String.fromCharCode(code));
      }
    }
    expect(unstable).toEqual([]);
  });

  it(`normalising keeps one unit per unit and is idempotent (${runs} cases)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalizeText(input);
        expect(once).toHaveLength(input.length);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: runs },
    );
  });

  it(`matching the normalised text finds the same entries at the same spans (${runs} cases)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const spans = (found: ReturnType<KnowledgeMatcher['match']>) => found.map(({ entryId, start, end }) => ({ entryId, start, end }));
        expect(spans(matcher.match(normalizeText(input)))).toEqual(spans(matcher.match(input)));
      }),
      { numRuns: runs },
    );
  });
}
