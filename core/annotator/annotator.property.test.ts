// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { contentResources } from '../i18n/resources';
import { visibleText } from '../sites/text';
import type { PostRecord, SiteAdapter } from '../sites/types';
import { Annotator } from './annotator';
import type { ClientResult, TranslationClient } from './translation-client';

/*
 * The idempotence rule under random DOM mutations: whatever a site does to its
 * rows (re-render, recycle a row for another post, reorder, duplicate, wipe the
 * list, edit text), once Ferry has scanned there is exactly one annotation per
 * post on the page, right after that post's text, for that post's current text.
 */

const IDS = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] as const;

/** A minimal feed adapter: rows carry their content id, like X's cellInnerDiv or Weibo's recycled rows. */
const feedAdapter: SiteAdapter = {
  id: 'feed',
  name: 'Feed',
  hosts: ['localhost'],
  matches: [],
  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const row of doc.querySelectorAll('.row[data-id]')) {
      const text = row.querySelector(':scope > .text');
      if (!text) continue;
      const value = visibleText(text);
      if (!value) continue;
      posts.push({ siteId: 'feed', id: row.getAttribute('data-id')!, kind: 'post', parts: [{ part: 'text', text: value, source: text, anchor: text }] });
    }
    return posts;
  },
};

/** Answers instantly with a translation derived from the text, so a wrong pairing is visible. */
class InstantClient {
  sent: string[] = [];
  translate(text: string): Promise<ClientResult> {
    this.sent.push(text);
    return Promise.resolve({ status: 'done', translation: `EN(${text})`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans' });
  }
  cancel(): void {}
  reset(): void {}
}

type Op =
  | { kind: 'add'; id: string; text: string; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'recycle'; at: number; id: string; text: string }
  | { kind: 'rerender'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'edit'; at: number; text: string }
  | { kind: 'wipe' }
  | { kind: 'scan' };

const text = fc.constantFrom('已经种草了', '牛油锅底yyds', '排队排到破防了😭', '蹲一个链接 #成都美食', '真的！', '<b>不是HTML</b>');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom(...IDS), text, at: fc.nat(8) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(8) }),
  fc.record({ kind: fc.constant('recycle' as const), at: fc.nat(8), id: fc.constantFrom(...IDS), text }),
  fc.record({ kind: fc.constant('rerender' as const), at: fc.nat(8) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(8), to: fc.nat(8) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(8), text }),
  fc.constant({ kind: 'wipe' as const }),
  fc.constant({ kind: 'scan' as const }),
);

function makeRow(doc: Document, id: string, value: string): HTMLElement {
  const row = doc.createElement('div');
  row.className = 'row';
  row.setAttribute('data-id', id);
  const body = doc.createElement('p');
  body.className = 'text';
  body.textContent = value;
  const footer = doc.createElement('div');
  footer.className = 'footer';
  footer.textContent = '♥ 12';
  row.append(body, footer);
  return row;
}

function apply(doc: Document, list: HTMLElement, step: Op, annotator: Annotator): void {
  const rows = [...list.querySelectorAll<HTMLElement>(':scope > .row')];
  const pick = (index: number) => rows.length > 0 ? rows[index % rows.length]! : undefined;
  switch (step.kind) {
    case 'add': {
      const before = pick(step.at);
      list.insertBefore(makeRow(doc, step.id, step.text), step.at % 2 === 0 ? (before ?? null) : null);
      break;
    }
    case 'remove':
      pick(step.at)?.remove();
      break;
    case 'recycle': {
      // The same element now shows another post; the framework rewrites its text node in place, leaving foreign nodes where they were.
      const row = pick(step.at);
      if (!row) break;
      row.setAttribute('data-id', step.id);
      row.querySelector(':scope > .text')!.textContent = step.text;
      break;
    }
    case 'rerender': {
      // A framework re-render: a fresh element for the same post, Ferry's node not carried over.
      const row = pick(step.at);
      if (!row) break;
      row.replaceWith(makeRow(doc, row.getAttribute('data-id')!, row.querySelector(':scope > .text')!.textContent ?? ''));
      break;
    }
    case 'move': {
      const row = pick(step.from);
      const target = pick(step.to);
      if (row && target && row !== target) target.before(row);
      break;
    }
    case 'edit': {
      const row = pick(step.at);
      if (row) row.querySelector(':scope > .text')!.textContent = step.text;
      break;
    }
    case 'wipe':
      list.replaceChildren();
      break;
    case 'scan':
      annotator.scan();
      break;
  }
}

function checkInvariant(doc: Document, list: HTMLElement): void {
  const firstRowById = new Map<string, HTMLElement>();
  for (const row of list.querySelectorAll<HTMLElement>(':scope > .row')) {
    const id = row.getAttribute('data-id')!;
    if (!firstRowById.has(id)) firstRowById.set(id, row);
  }
  const annotations = [...doc.querySelectorAll<HTMLElement>('[data-ferry="annotation"]')];
  // Exactly one per post on the page, none for posts that are gone.
  expect(annotations.map((host) => host.getAttribute('data-ferry-post-id')).sort()).toEqual([...firstRowById.keys()].sort());
  for (const host of annotations) {
    const id = host.getAttribute('data-ferry-post-id')!;
    const row = firstRowById.get(id)!;
    const original = row.querySelector(':scope > .text')!;
    // Right after this post's own text, never next to another post.
    expect(host.previousElementSibling).toBe(original);
    expect(host.getAttribute('data-ferry-status')).toBe('done');
    // The translation shown is the translation of the text shown now.
    expect(host.shadowRoot!.querySelector('.text')!.textContent).toBe(`EN(${visibleText(original)})`);
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('annotator idempotence (property)', () => {
  let annotator: Annotator | undefined;
  afterEach(() => annotator?.stop());

  it('ends every random sequence of re-renders, recycles, moves, edits and wipes with one annotation per post, next to it', async () => {
    const i18n = createI18n('en', contentResources, ['content', 'common']);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        document.body.replaceChildren();
        const list = document.createElement('div');
        list.className = 'list';
        document.body.append(list);
        const client = new InstantClient();
        annotator?.stop();
        annotator = new Annotator({ adapter: feedAdapter, doc: document, client: client as unknown as TranslationClient, i18n, target: 'en' });
        annotator.start();
        for (const step of ops) {
          apply(document, list, step, annotator);
          if (step.kind === 'scan') await flush();
        }
        // Whatever happened, the next scan (the MutationObserver's, here called directly) settles it.
        annotator.scan();
        await flush();
        checkInvariant(document, list);
        // And scanning again changes nothing: no node replaced, no new request.
        const before = [...document.querySelectorAll('[data-ferry="annotation"]')];
        const sent = client.sent.length;
        annotator.scan();
        await flush();
        expect([...document.querySelectorAll('[data-ferry="annotation"]')]).toEqual(before);
        expect(client.sent.length).toBe(sent);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
