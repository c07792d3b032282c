// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Note } from '../knowledge/notes';
import { renderNoteChips, type NoteLabels } from './note-chips';

const LABELS: NoteLabels = {
  kind: { slang: 'Slang', culture: 'Culture', policy: 'Policy' },
  level: { prohibited: 'Prohibited', restricted: 'Restricted', allowed: 'Allowed', varies: 'Varies' },
  region: { CN: 'CN', HK: 'HK', TW: 'TW', US: 'US', EU: 'EU', UK: 'UK' },
  confidence: { high: 'High', medium: 'Medium', low: 'Low' },
  whyTitle: 'Why',
  why: (matched) => `Matched ${matched}`,
  sources: 'Sources',
  asOf: (date) => `As of ${date}`,
  reviewed: (date) => `Reviewed ${date}`,
  usStates: 'US states',
  platformRules: 'Platform rules',
  regionHeader: 'Region',
  ruleHeader: 'Rule',
  levelHeader: 'Level',
  citationHeader: 'Citation',
};

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** A note as a compromised pack could make it: markup in every text, script and data URLs in every link. */
const HOSTILE_NOTE: Note = {
  id: 'hostile',
  kind: 'policy',
  title: `${PAYLOAD}title`,
  explanation: `${PAYLOAD}explanation`,
  spans: [{ in: 'original', start: 0, end: 2, text: PAYLOAD }],
  confidence: 'high',
  lastReviewed: '2026-12-01',
  sources: [
    { title: 'javascript source', url: 'javascript:window.__pwned=1' },
    { title: 'data source', url: 'data:text/html,<script>window.__pwned=1</script>' },
    { title: 'spaced scheme', url: ' JAVASCRIPT:window.__pwned=1' },
    { title: 'real source', url: 'https://example.org/law' },
  ],
  regions: [{ region: 'CN', level: 'restricted', rule: PAYLOAD, citation: { title: PAYLOAD, url: 'vbscript:msgbox(1)' }, asOf: '2026-01-01', confidence: 'high' }],
  platformRules: [{ platform: PAYLOAD, rule: PAYLOAD, source: { title: 'rule', url: 'javascript:alert(1)' } }],
};

describe('note chips from a compromised knowledge pack', () => {
  it('draw every text as text and link only http(s) sources, opened without an opener', () => {
    const notes = renderNoteChips(document, [HOSTILE_NOTE], LABELS, 'k');
    document.body.append(notes);
    // Cards are drawn when their chip is opened.
    notes.querySelector<HTMLButtonElement>('button')!.click();
    expect(notes.querySelector('[data-ferry-note-card="hostile"]')).not.toBeNull();
    expect(notes.querySelectorAll('script, img, iframe, object, embed, [onerror]')).toHaveLength(0);
    expect(notes.textContent).toContain(`${PAYLOAD}explanation`);
    const links = [...notes.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/law']);
    expect(links[0]!.rel).toBe('noopener noreferrer');
    // The refused links are still shown as their titles.
    expect(notes.textContent).toContain('javascript source');
    expect(notes.textContent).toContain('data source');
    notes.remove();
  });
});
