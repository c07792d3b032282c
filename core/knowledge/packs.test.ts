import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgePackSchema, type KnowledgePack } from './schema';

const DATA_DIR = path.resolve('data');
const MINIMUM_ENTRIES: Record<KnowledgePack['pack'], number> = { 'zh-slang': 505, 'en-slang': 301, culture: 100, policy: 48 };

function loadPacks(): { file: string; raw: unknown }[] {
  return readdirSync(DATA_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, raw: JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as unknown }));
}

const simpleNormalize = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * A citation names a unit of the law, not just the law: "Art. 357", "Arts. 2, 4", "s. 139", "ss. 21, 22",
 * "§2320", "reg. 284", "Sch. 2", "Cap. 134" (a Hong Kong ordinance), "Part 1507" (a CFR part), "Annex I",
 * "point 1" (an EU recommendation), "amend. I" (the US Constitution) or 第三百五十七条.
 */
const CITES_ARTICLE = /\b(?:arts?|articles?|ss?|sections?|chapters?|cap|rules?|regs?|paras?|part|sch|schedules?|annex|points?)\.?\s*\d|\b(?:amend|annex|part|sch)\.?\s+[IVX]+\b|§\s*\d|第.+条/i;
/** Wording that says the rule was not checked against the law's text. */
const UNCHECKED = /^general (legal )?knowledge|verify against|\bverify\b/i;
/** Ratchet: lower it when a low-confidence rule is checked against its text. */
const MAX_LOW_CONFIDENCE_RULES = 17;
/**
 * Ratchet: a citation should open the law's own page, not the front page of a database or a ministry
 * site (https://flk.npc.gov.cn). Lower it as each rule gets the official page of its law; never raise it.
 */
const MAX_SITE_HOME_PAGE_CITATIONS = 40;
/** A URL that is only a site's front page: no path beyond "/", no query, no fragment. */
const isSiteHomePage = (url: string) => {
  const parsed = new URL(url);
  return (parsed.pathname === '/' || parsed.pathname === '') && !parsed.search && !parsed.hash;
};

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

      const rules = pack.entries.flatMap((entry) => (entry.kind === 'policy' ? Object.entries(entry.regions).map(([region, rule]) => ({ id: `${entry.id} ${region}`, rule })) : []));

      it('links every region rule to the web page of the law it cites', () => {
        expect(rules.filter(({ rule }) => !rule.citation.url).map(({ id }) => id)).toEqual([]);
        expect(rules.filter(({ rule }) => rule.citation.url && !/^https?:\/\//.test(rule.citation.url)).map(({ id }) => id)).toEqual([]);
      });

      it('names the article or section behind every high- and medium-confidence rule', () => {
        expect(rules.filter(({ rule }) => rule.confidence !== 'low' && !CITES_ARTICLE.test(rule.citation.law)).map(({ id, rule }) => `${id}: ${rule.citation.law}`)).toEqual([]);
      });

      it('marks rules that rest on general knowledge rather than a checked text as low confidence', () => {
        const unchecked = rules.filter(({ rule }) => UNCHECKED.test(rule.citation.law) && rule.confidence !== 'low').map(({ id }) => id);
        expect(unchecked).toEqual([]);
      });

      it(`keeps low-confidence region rules to at most ${MAX_LOW_CONFIDENCE_RULES}`, () => {
        if (rules.length === 0) return;
        const low = rules.filter(({ rule }) => rule.confidence === 'low').map(({ id }) => id);
        // The ones left are topics without a statute to point at, or texts not checked yet; the list is the to-do.
        expect(low.length, low.join('\n')).toBeLessThanOrEqual(MAX_LOW_CONFIDENCE_RULES);
      });

      it(`links at most ${MAX_SITE_HOME_PAGE_CITATIONS} region rules to a site's front page instead of the law's own page`, () => {
        const home = rules.filter(({ rule }) => rule.citation.url !== undefined && isSiteHomePage(rule.citation.url)).map(({ id, rule }) => `${id}: ${rule.citation.url}`);
        expect(home.length, home.join('\n')).toBeLessThanOrEqual(MAX_SITE_HOME_PAGE_CITATIONS);
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
