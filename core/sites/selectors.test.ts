import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { REAL_DOM_DIR, realPageHtml } from '../../test/real-dom';
import type { FixtureMatch, SelectorEvidence } from './types';

/*
 * The refined-github habit: every selector in a `<site>.selectors.ts` module
 * that is followed by `<name>_` (a list of [count, fixture]) must match exactly
 * that many elements in that committed fixture. A site redesign then shows up
 * as a failing count here, not as silently missing translations.
 *
 * A fixture named `real-dom:<site>/<file>` is a real saved page in
 * shared/real-dom (beside the repository in CI): the count must hold there
 * too, so a selector that drifts from the real pages fails here. Those
 * entries are left out only where shared/real-dom is absent.
 */
const REAL = 'real-dom:';
const SITES_DIR = path.resolve('core/sites');
const FIXTURES_DIR = path.resolve('test/fixtures/sites');

const selectorModules = readdirSync(SITES_DIR).filter((file) => file.endsWith('.selectors.ts'));
const documents = new Map<string, Document>();

function fixture(site: string, file: string): Document {
  const key = `${site}/${file}`;
  let doc = documents.get(key);
  if (!doc) {
    const html = file.startsWith(REAL) ? realPageHtml(file.slice(REAL.length)) : readFileSync(path.join(FIXTURES_DIR, site, file), 'utf8');
    doc = new JSDOM(html).window.document;
    documents.set(key, doc);
  }
  return doc;
}

describe.each(selectorModules)('%s', (file) => {
  const site = file.replace(/\.selectors\.ts$/, '');

  it('names its outside evidence per selector (real page or project, source, date); every entry names a selector of the module', async () => {
    const module = (await import(`./${file}`)) as Record<string, unknown>;
    if (site === 'generic-page') return;
    const evidence = module.evidence as SelectorEvidence[] | undefined;
    expect(Array.isArray(evidence), `${file} exports no evidence list`).toBe(true);
    for (const entry of evidence!) {
      expect(typeof module[entry.selector], `${entry.selector} is not a selector of ${file}`).toBe('string');
      expect(entry.source.length).toBeGreaterThan(0);
      expect(entry.seen).toMatch(/^\d{4}/);
      // A real page named as evidence is one whose counts are checked here.
      if (entry.kind === 'real page') expect((module[`${entry.selector}_`] as FixtureMatch[] | undefined)?.some(([, fixture]) => fixture.startsWith(REAL)), entry.selector).toBe(true);
    }
  });

  it('has an expected count in a committed fixture for every top-level selector, and each count holds', { timeout: 60_000 }, async () => {
    const module = (await import(`./${file}`)) as Record<string, unknown>;
    const counted = Object.keys(module).filter((name) => name.endsWith('_'));
    expect(counted.length).toBeGreaterThan(0);
    for (const countName of counted) {
      const selector = module[countName.slice(0, -1)];
      expect(typeof selector, `${countName} has no selector named ${countName.slice(0, -1)}`).toBe('string');
      for (const [count, fixtureFile] of module[countName] as FixtureMatch[]) {
        if (fixtureFile.startsWith(REAL) && !REAL_DOM_DIR) continue;
        const found = fixture(site, fixtureFile).querySelectorAll(selector as string).length;
        expect(found, `${countName.slice(0, -1)} in ${fixtureFile}`).toBe(count);
      }
    }
  });
});
