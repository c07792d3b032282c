import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgePackSchema, type PolicyEntry, type Region } from './schema';

/** Region rules found wrong or out of date in an independent review, each pinned to what the law says now. */
const policy = knowledgePackSchema.parse(JSON.parse(readFileSync(path.resolve('data/policy.json'), 'utf8'))).entries.filter((entry): entry is PolicyEntry => entry.kind === 'policy');
const rule = (id: string, region: Region) => {
  const found = policy.find((entry) => entry.id === id)?.regions[region];
  if (!found) throw new Error(`${id} ${region} missing`);
  return found;
};

describe('policy rules', () => {
  it('Hong Kong: possessing or using e-cigarettes in public places is an offence since 2026-04-30, not lawful personal possession', () => {
    const hk = rule('policy-vaping', 'HK');
    expect(hk.rule.en).toMatch(/2026-04-30/);
    expect(hk.rule.en).toMatch(/possessing or using one in a public place is also an offence/);
    expect(hk.rule['zh-Hans']).toMatch(/2026年4月30日/);
    expect(hk.citation.law).toMatch(/Tobacco Control Legislation \(Amendment\) Ordinance 2025/);
  });

  it('mainland China: no rule cites the 2012 text of the Public Security Administration Punishments Law as the text in force', () => {
    const cites = policy.flatMap((entry) => Object.entries(entry.regions).map(([region, r]) => ({ id: `${entry.id} ${region}`, law: r.citation.law })));
    expect(cites.filter(({ law }) => /PSAPL \(2012 text\)/.test(law)).map(({ id }) => id)).toEqual([]);
    expect(cites.filter(({ law }) => /PSAPL/.test(law) && !/rev\. 2025, in force 2026-01-01/.test(law)).map(({ id }) => id)).toEqual([]);
    expect(rule('policy-gambling', 'CN').citation.law).toMatch(/PSAPL \(rev\. 2025, in force 2026-01-01\) Art\. 82/);
  });

  it('Taiwan: gambling is restricted (public and online gambling are offences, lotteries are lawful)', () => {
    const tw = rule('policy-gambling', 'TW');
    expect(tw.level).toBe('restricted');
    expect(tw.rule.en).toMatch(/lottery/);
  });

  it('US: supplements may also carry authorised health claims and nutrient-content claims', () => {
    const us = rule('policy-weight-loss-products', 'US');
    expect(us.rule.en).toMatch(/health claims/);
    expect(us.rule.en).toMatch(/nutrient-content claims/);
    expect(us.citation.law).toMatch(/343\(r\)\(1\)\(A\)/);
  });

  it('US: the illicit-drugs rule puts ketamine in Schedule III, lawful on prescription', () => {
    const entry = policy.find((candidate) => candidate.id === 'policy-illicit-drugs')!;
    expect(entry.patterns).toContain('ketamine');
    const us = rule('policy-illicit-drugs', 'US');
    expect(us.rule.en).toMatch(/ketamine is Schedule III/);
    expect(us.rule.en).not.toMatch(/These drugs are Schedule I or II/);
    expect(us.citation.law).toMatch(/1308\.13/);
  });

  it('UK: cash declarations cite retained Regulation (EC) 1889/2005 and the 2007 penalties regulations, not a non-existent 2007 declarations instrument', () => {
    const uk = rule('policy-cross-border-payments', 'UK');
    expect(uk.citation.law).toMatch(/1889\/2005/);
    expect(uk.citation.law).toMatch(/SI 2019\/712/);
    expect(uk.citation.law).toMatch(/SI 2007\/1509/);
    expect(uk.citation.law).not.toMatch(/Control of Cash \(Declarations\) Regulations 2007/);
  });
});
