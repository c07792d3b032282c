// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '@/test/unit/fixture-dom';
import { createI18n } from '../i18n/create-i18n';
import { contentResources } from '../i18n/resources';
import type { CodedLine } from '../knowledge/coded/messages';
import { codedMatcher } from '../knowledge/coded/packs';
import type { Note } from '../knowledge/notes';
import { FerryError } from '../messaging/errors';
import type { TranslationResult } from '../messaging/protocol';
import type { ReviewItemInput } from '../moderation/review-item';
import { visibleText } from '../sites/text';
import type { PostRecord, SiteAdapter } from '../sites/types';
import { xiaohongshu } from '../sites/xiaohongshu';
import { Annotator } from './annotator';
import { ModerationOverlay } from './moderation-overlay';
import { TranslationClient } from './translation-client';

const TEXAS = '6790b1c2000000001c00d001';
const GUANGZHOU = '6790b1c2000000001c00d002';
const ADS = ['6790b1c2000000001c00d003', '6790b1c2000000001c00d004'];

/** A policy note with a CN row, on any text naming the term. */
function policyNote(id: string, term: string, text: string): Note[] {
  const start = text.indexOf(term);
  if (start === -1) return [];
  return [
    {
      id,
      kind: 'policy',
      title: id,
      explanation: 'x',
      spans: [{ in: 'original', start, end: start + term.length, text: term }],
      confidence: 'high',
      lastReviewed: '2026-01-01',
      sources: [],
      regions: [
        { region: 'CN', level: 'restricted', rule: 'r', citation: { title: 'CN law' }, asOf: '2026-01-01', confidence: 'high' },
        { region: 'US', level: 'allowed', rule: 'r', citation: { title: 'US law' }, asOf: '2026-01-01', confidence: 'high' },
      ],
    },
  ];
}

function setup(report: (item: ReviewItemInput) => Promise<unknown>, decode?: (text: string) => Promise<CodedLine[]>) {
  const doc = loadFixture('xiaohongshu', 'moderation-note.html');
  history.replaceState(null, '', '/explore/6780a1b2000000000106c7d8');
  const sent: string[] = [];
  const client = new TranslationClient(async (segments) => {
    sent.push(...segments.map((segment) => segment.text));
    const results: TranslationResult[] = segments.map(({ key, text }) => {
      const notes = [...policyNote('policy-vpn', 'VPN', text), ...policyNote('policy-counterfeit-goods', '高仿', text)];
      return /\p{Script=Han}/u.test(text)
        ? { key, status: 'done', translation: `EN: ${text}`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans', cached: false, notes }
        : { key, status: 'skipped', reason: 'same-language', sourceLanguage: 'en', notes };
    });
    return { results };
  });
  const i18n = createI18n('en', contentResources, ['content', 'common']);
  const annotator = new Annotator({ adapter: xiaohongshu, doc, client, i18n, target: 'en', scanDelayMs: 0 });
  const settings = { profile: 'cn-platform' as const, customRegions: [] };
  const overlay = new ModerationOverlay({ adapter: xiaohongshu, doc, client, i18n, target: () => 'en', settings: () => settings, report, decode });
  return { doc, sent, annotator, overlay };
}

const card = (doc: Document, id: string) => doc.querySelector(`[data-ferry-kind="moderation"][data-ferry-post-id="${id}"]`);

describe('moderation overlay', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('draws one card per post after its translation, reuses the translation (each text sent once) and files flagged posts once', async () => {
    const report = vi.fn(async () => ({}));
    const { doc, sent, annotator, overlay } = setup(report);
    const comment = doc.querySelector(`#comment-${TEXAS} .note-text`)!;
    const before = comment.outerHTML;
    stop = () => (overlay.stop(), annotator.stop());
    annotator.start();
    overlay.start();
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-ferry-kind="moderation"][data-ferry-status="done"]')).toHaveLength(6), { timeout: 3_000 });

    expect(card(doc, TEXAS)!.previousElementSibling?.getAttribute('data-ferry-kind')).toBe('translation');
    const texas = card(doc, TEXAS)!.shadowRoot!;
    expect(texas.querySelector('[data-ferry-signal="location-mismatch"]')?.textContent).toContain('广东');
    expect(texas.querySelector('[data-ferry-topic="policy-vpn"] tr[data-ferry-region="CN"]')?.textContent).toContain('Restricted under mainland rules');
    expect(texas.querySelector('[data-ferry-topic="policy-vpn"] tr[data-ferry-region="US"]')).toBeNull();
    expect(card(doc, GUANGZHOU)!.getAttribute('data-ferry-flagged')).toBe('false');
    for (const id of ADS) expect(card(doc, id)!.shadowRoot!.querySelector('[data-ferry-signal="duplicate-text"]')).not.toBeNull();

    // Every distinct text went to the engine once, though both the annotator and the overlay read it.
    expect(new Set(sent).size).toBe(sent.length);
    const filed = report.mock.calls.length;
    expect((report.mock.calls as unknown as [ReviewItemInput][]).map(([item]) => item.postId).sort()).toEqual(['6780a1b2000000000106c7d8', TEXAS, ...ADS].sort());
    // A rescan with nothing new files nothing again.
    overlay.refresh();
    annotator.scan();
    overlay.schedule();
    await vi.waitFor(() => expect(report.mock.calls.length).toBe(filed + 4), { timeout: 3_000 });
    overlay.schedule();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(report.mock.calls.length).toBe(filed + 4);

    // No highlight API in jsdom: nothing is wrapped, the site's text is as it was.
    expect(comment.outerHTML).toBe(before);
    expect(doc.querySelectorAll('mark, .note-text [data-ferry]')).toHaveLength(0);
  });

  it('explains coded language on the card and files the post with its coded topic', async () => {
    const report = vi.fn(async () => ({}));
    // The real packs and matcher, as the background's codedDecode runs them.
    const decode = async (text: string): Promise<CodedLine[]> =>
      codedMatcher()
        .match(text)
        .map((match) => {
          const entry = codedMatcher().entry(match.entryId)!;
          return { entryId: match.entryId, topic: match.topic, start: match.start, end: match.end, written: match.text, meaning: entry.meaning, care: entry.care, source: { title: entry.source, url: 'https://example.org/' } };
        });
    const { doc, annotator, overlay } = setup(report, decode);
    doc.querySelector(`#comment-${GUANGZHOU} .note-text`)!.textContent = '我是广州人，想要同款的加 薇❤️信 聊，还有飞叶子的门路';
    stop = () => (overlay.stop(), annotator.stop());
    annotator.start();
    overlay.start();
    await vi.waitFor(() => expect(card(doc, GUANGZHOU)?.shadowRoot?.querySelector('[data-ferry-coded="zh-weixin"]')).toBeTruthy(), { timeout: 3_000 });
    const root = card(doc, GUANGZHOU)!.shadowRoot!;
    expect(root.querySelector('[data-ferry-coded="zh-weixin"]')!.textContent).toContain('薇❤️信 → WeChat');
    expect(root.querySelector('[data-ferry-coded="zh-feiyezi"]')!.getAttribute('data-ferry-coded-topic')).toBe('cannabis');
    expect(card(doc, GUANGZHOU)!.getAttribute('data-ferry-flagged')).toBe('true');
    await vi.waitFor(() => expect((report.mock.calls as unknown as [ReviewItemInput][]).find(([item]) => item.postId === GUANGZHOU)).toBeTruthy());
    const [filed] = (report.mock.calls as unknown as [ReviewItemInput][]).find(([item]) => item.postId === GUANGZHOU)!;
    expect(filed.coded?.map((line) => [line.written, line.topic])).toEqual([
      ['薇❤️信', 'off-platform-contact'],
      ['飞叶子', 'cannabis'],
    ]);
  });

  it('a failed queue write is shown on the card and tried again on the next update', async () => {
    let fail = true;
    const report = vi.fn(async () => {
      if (fail) throw new FerryError('storage-full');
      return {};
    });
    const { doc, annotator, overlay } = setup(report);
    stop = () => (overlay.stop(), annotator.stop());
    annotator.start();
    overlay.start();
    await vi.waitFor(() => expect(card(doc, TEXAS)?.shadowRoot?.querySelector('.queue-failed')?.textContent).toContain('Not saved to the review queue'), { timeout: 3_000 });
    expect(card(doc, TEXAS)!.shadowRoot!.querySelector('.queue-failed')!.getAttribute('role')).toBe('alert');
    fail = false;
    overlay.schedule();
    await vi.waitFor(() => expect(card(doc, TEXAS)?.shadowRoot?.querySelector('.queue-saved')).not.toBeNull(), { timeout: 3_000 });
  });

  it('stop removes every card', async () => {
    const { doc, annotator, overlay } = setup(async () => ({}));
    annotator.start();
    overlay.start();
    await vi.waitFor(() => expect(doc.querySelectorAll('[data-ferry-kind="moderation"]')).toHaveLength(6), { timeout: 3_000 });
    overlay.stop();
    annotator.stop();
    expect(doc.querySelectorAll('[data-ferry-kind="moderation"]')).toHaveLength(0);
  });

  it('a comment inside an open shadow root gets its card there, once its translation arrives inside the root', async () => {
    document.body.replaceChildren();
    const host = document.createElement('x-comment');
    host.setAttribute('data-id', 'c9');
    const contents = document.createElement('p');
    contents.textContent = '有人私信卖高仿包';
    host.attachShadow({ mode: 'open' }).append(contents);
    document.body.append(host);
    const adapter: SiteAdapter = {
      id: 'xiaohongshu',
      name: 'Shadow',
      hosts: ['localhost'],
      matches: [],
      findPosts: (doc) =>
        [...doc.querySelectorAll('x-comment')].map((element): PostRecord => {
          const text = element.shadowRoot!.querySelector('p')!;
          return { siteId: 'xiaohongshu', id: element.getAttribute('data-id')!, kind: 'comment', parts: [{ part: 'text', text: visibleText(text), source: text, anchor: text }] };
        }),
      shadowRoots: (doc) => [...doc.querySelectorAll('x-comment')].map((element) => element.shadowRoot!),
    };
    let answer: (value: { results: TranslationResult[] }) => void = () => undefined;
    const client = new TranslationClient(
      (segments) =>
        new Promise((resolve) => {
          answer = resolve;
          void segments;
        }),
    );
    const i18n = createI18n('en', contentResources, ['content', 'common']);
    const annotator = new Annotator({ adapter, doc: document, client, i18n, target: 'en', scanDelayMs: 0 });
    const overlay = new ModerationOverlay({ adapter, doc: document, client, i18n, target: () => 'en', settings: () => ({ profile: 'cn-platform', customRegions: [] }), report: async () => ({}) });
    stop = () => (overlay.stop(), annotator.stop());
    annotator.start();
    overlay.start();
    await vi.waitFor(() => expect(host.shadowRoot!.querySelector('[data-ferry-kind="moderation"][data-ferry-status="pending"]')).not.toBeNull(), { timeout: 3_000 });
    const text = '有人私信卖高仿包';
    answer({ results: [{ key: '0', status: 'done', translation: 'Someone is selling replica bags by DM', engine: 'microsoft-edge', sourceLanguage: 'zh-Hans', cached: false, notes: policyNote('policy-counterfeit-goods', '高仿', text) }] });
    await vi.waitFor(() => expect(host.shadowRoot!.querySelector('[data-ferry-kind="moderation"][data-ferry-status="done"]')?.getAttribute('data-ferry-flagged')).toBe('true'), { timeout: 3_000 });
  });
});
