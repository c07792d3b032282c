// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reddit } from './reddit';
import { REAL_DOM_DIR, REAL_PAGES, realPageHtml } from '../../test/real-dom';
import type { PostRecord, SiteAdapter } from './types';
import { weibo } from './weibo';
import { xiaohongshu } from './xiaohongshu';

/*
 * The adapters on real saved pages (shared/real-dom): every post, comment and
 * reply that shows readable text is found exactly once, its translation is
 * anchored inside that item (not in a nested reply), and no two records share
 * an id or a source element. The items are enumerated here from the page's own
 * units, independently of the adapters' selectors.
 */

interface Unit {
  element: Element;
  /** The element whose text the reader reads, as the page shows it. */
  text: Element | null;
}

/** Letters or digits: emoji images (Weibo's "[苦涩]" has no text node) and media-only comments have none. */
const READABLE = /[\p{L}\p{N}]/u;

/** The fixtures derived from the real pages (scripts/derive-real-fixtures.mjs): same DOM, pseudonymous users. */
const DERIVED = {
  reddit: 'reddit/real-thread-2024-05.html',
  weibo: 'weibo/real-detail-2025-09.html',
  xiaohongshu: 'xiaohongshu/real-note-2025-01.html',
} as const;

type Source = 'real page' | 'derived fixture';

function loader(source: Source) {
  return (site: keyof typeof REAL_PAGES): Document =>
    new DOMParser().parseFromString(
      source === 'real page' ? realPageHtml(REAL_PAGES[site].file) : readFileSync(path.resolve('test/fixtures/sites', DERIVED[site]), 'utf8'),
      'text/html',
    );
}

function check(adapter: SiteAdapter, doc: Document, url: string, units: Unit[]): PostRecord[] {
  const posts = adapter.findPosts(doc, new URL(url));
  const readable = units.filter((unit) => unit.text && READABLE.test(unit.text.textContent ?? ''));
  const innermost = (node: Element): Element | undefined => units.filter((unit) => unit.element.contains(node)).at(-1)?.element;
  for (const unit of readable) {
    const mine = posts.filter((post) => post.parts.every((part) => innermost(part.anchor) === unit.element));
    expect(mine, `${unit.element.tagName} ${unit.text!.textContent!.trim().slice(0, 40)}`).toHaveLength(1);
  }
  expect(posts).toHaveLength(readable.length);
  expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
  const sources = posts.flatMap((post) => post.parts.map((part) => part.source));
  expect(new Set(sources).size).toBe(sources.length);
  return posts;
}

describe.each<[Source, boolean]>([
  ['real page', !!REAL_DOM_DIR],
  ['derived fixture', true],
])('adapters on the %s', (source, present) => {
  const load = loader(source);

  it.runIf(present)('Reddit (2024-05): the post (title and body) and each of the 9 comments and replies with text; the image-only comment has none', { timeout: 30_000 }, () => {
    const doc = load('reddit');
    const units: Unit[] = [
      ...[...doc.querySelectorAll('shreddit-post')].map((element) => ({ element, text: element })),
      ...[...doc.querySelectorAll('shreddit-comment')].map((element) => ({ element, text: element.querySelector(':scope > [slot="comment"]') })),
    ].sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const posts = check(reddit, doc, REAL_PAGES.reddit.url, units);
    expect(posts).toHaveLength(10);
    expect(posts[0]!.parts.map((part) => part.part)).toEqual(['title', 'body']);
    expect(posts.filter((post) => post.kind === 'reply').map((post) => post.id)).toEqual(['t1_l3ph6zr', 't1_l3rls8u', 't1_l3petet']);
    expect(posts.some((post) => post.id === 't1_l3pvtx8')).toBe(false);
    // The translation goes right after the comment's `.md` block and takes its slot, so the component renders it.
    for (const post of posts.slice(1)) expect(post.parts[0]!.anchor.matches('.md[slot="comment"]')).toBe(true);
  });

  it.runIf(present)('Weibo (2025-09): the post and its 37 comments and 13 replies with text; emoji-only rows and "共N条回复" rows are skipped', { timeout: 30_000 }, () => {
    const doc = load('weibo');
    const units: Unit[] = [
      ...[...doc.querySelectorAll('article.woo-panel-main')].map((element) => ({ element, text: element.querySelector('.wbpro-feed-ogText') })),
      ...[...doc.querySelectorAll('.item1, .item2')].map((element) => ({
        element,
        // A row without an author link is the "共63条回复" expander, not a reply.
        text: element.querySelector(':scope .text > a[usercard]') ? element.querySelector(':scope .text > span') : null,
      })),
    ];
    const posts = check(weibo, doc, REAL_PAGES.weibo.url, units);
    expect(posts).toHaveLength(51);
    expect(posts.filter((post) => post.kind === 'reply')).toHaveLength(13);
    expect(posts[0]).toMatchObject({ id: 'Q4q6rv6rH', kind: 'post', locationLabel: '广东' });
    expect(posts[0]!.author).toBeTruthy();
  });

  it.runIf(present)('Xiaohongshu (2025-01): the note (title and body) and its 20 comments and 15 replies', { timeout: 30_000 }, () => {
    const doc = load('xiaohongshu');
    const units: Unit[] = [
      ...[...doc.querySelectorAll('#noteContainer')].map((element) => ({ element, text: element.querySelector('#detail-desc') })),
      ...[...doc.querySelectorAll('.comment-item')].map((element) => ({ element, text: element.querySelector(':scope > .comment-inner-container .content') })),
    ];
    const posts = check(xiaohongshu, doc, REAL_PAGES.xiaohongshu.url, units);
    expect(posts).toHaveLength(36);
    expect(posts.filter((post) => post.kind === 'reply')).toHaveLength(15);
    expect(posts[0]!.parts.map((part) => part.part)).toEqual(['title', 'body']);
  });
});
