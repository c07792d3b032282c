import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgePackSchema, type KnowledgePack } from './schema';

const DATA_DIR = path.resolve('data');
const MINIMUM_ENTRIES: Record<KnowledgePack['pack'], number> = { 'zh-slang': 300, 'en-slang': 200, culture: 80, policy: 40 };

function loadPacks(): { file: string; raw: unknown }[] {
  return readdirSync(DATA_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, raw: JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as unknown }));
}

const simpleNormalize = (text: string) => text.normalize('NFKC').toLowerCase();

describe('knowledge packs', () => {
  const packs = loadPacks();

  it('ships every pack', () => {
    expect(packs.map(({ file }) => file).sort()).toEqual(['culture.json', 'en-slang.json', 'policy.json', 'zh-slang.json']);
  });

  for (const { file, raw } of packs) {
    describe(file, () => {
      const parsed = knowledgePackSchema.safeParse(raw);

      it('validates against the schema', () => {
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 10)).toEqual([]);
      });
      if (!parsed.success) return;
      const pack = parsed.data;

      it('is named after its file and has the minimum number of entries', () => {
        expect(`${pack.pack}.json`).toBe(file);
        expect(pack.entries.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES[pack.pack]);
      });

      it('keeps entries sorted by id', () => {
        const ids = pack.entries.map((entry) => entry.id);
        expect(ids).toEqual([...ids].sort());
      });

      it('has positive examples that contain one of the entry patterns', () => {
        const missing = pack.entries.flatMap((entry) =>
          entry.examples.positive
            .filter((example) => !entry.patterns.some((pattern) => simpleNormalize(example).includes(simpleNormalize(pattern))))
            .map((example) => `${entry.id}: ${example}`),
        );
        expect(missing).toEqual([]);
      });

      it('links region rules to the law they cite: every high-confidence rule, and at least 70% of all', () => {
        const rules = pack.entries.flatMap((entry) => (entry.kind === 'policy' ? Object.entries(entry.regions).map(([region, rule]) => ({ id: `${entry.id} ${region}`, rule })) : []));
        if (rules.length === 0) return;
        expect(rules.filter(({ rule }) => rule.confidence === 'high' && !rule.citation.url).map(({ id }) => id)).toEqual([]);
        expect(rules.filter(({ rule }) => rule.citation.url && !/^https?:\/\//.test(rule.citation.url)).map(({ id }) => id)).toEqual([]);
        expect(rules.filter(({ rule }) => rule.citation.url).length / rules.length).toBeGreaterThanOrEqual(0.7);
      });

      it('marks rules that rest on general knowledge rather than a checked text as low confidence', () => {
        const unchecked = pack.entries.flatMap((entry) =>
          entry.kind === 'policy'
            ? Object.entries(entry.regions)
                .filter(([, rule]) => /^general (legal )?knowledge/i.test(rule.citation.law) && rule.confidence !== 'low')
                .map(([region]) => `${entry.id} ${region}`)
            : [],
        );
        expect(unchecked).toEqual([]);
      });

      it('compares every policy topic across mainland China, Hong Kong, the US and the EU/UK', () => {
        for (const entry of pack.entries) {
          if (entry.kind !== 'policy') continue;
          expect(Object.keys(entry.regions)).toEqual(expect.arrayContaining(['CN', 'HK', 'US', 'EU', 'UK']));
        }
      });
    });
  }

  it('uses each id once across all packs', () => {
    const ids = packs.flatMap(({ raw }) => ((raw as KnowledgePack).entries ?? []).map((entry) => entry.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });
});
