// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleText } from './text';
import type { PostRecord } from './types';
import { annotationAnchor, statusIdFromHref, x } from './x';

const HOME = new URL('https://x.com/home');
const STATUS = new URL('https://x.com/dana_builds/status/1899000000000000102');

function load(file: string): Document {
  const html = readFileSync(path.resolve('test/fixtures/sites/x', file), 'utf8');
  // Into the live jsdom document, so the fixture's style sheet drives getComputedStyle.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document;
}

function byId(posts: PostRecord[], id: string): PostRecord {
  const post = posts.find((candidate) => candidate.id === id);
  if (!post) throw new Error(`no post ${id}`);
  return post;
}

describe('x adapter on the home timeline', () => {
  it('finds every tweet and the quoted tweet, each keyed by its own status id', () => {
    const posts = x.findPosts(load('home-timeline.html'), HOME);
    expect(posts.map((post) => post.id)).toEqual([
      '1899112233445566001',
      '1899112233445566002',
      '1898990000000000007',
      '1899112233445566003',
      '1899112233445566004',
      '1899112233445566005',
      '1899112233445566006',
    ]);
    expect(new Set(posts.map((post) => post.kind))).toEqual(new Set(['post']));
    expect(posts.every((post) => post.siteId === 'x' && post.locationLabel === undefined && post.parts.length === 1)).toBe(true);
  });

  it('keeps mentions, hashtags, links, emoji images and line breaks, and mentions stay inline', () => {
    const first = byId(x.findPosts(load('home-timeline.html'), HOME), '1899112233445566001');
    expect(first.author).toBe('@dana_builds');
    expect(first.parts[0]!.text).toBe(
      'Just shipped our first open-source release 🎉 Huge thanks to @mira_dev for the reviews!\n\nRelease notes: https://ferry.example/release-notes… #opensource #TypeScript',
    );
  });

  it('separates the quote from the tweet quoting it and lifts the quote annotation out of its flex row', () => {
    const doc = load('home-timeline.html');
    const posts = x.findPosts(doc, HOME);
    const outer = byId(posts, '1899112233445566002');
    const quoted = byId(posts, '1898990000000000007');
    expect(outer.parts[0]!.text).toBe('This is the best explanation of event loops I have read all year 👇');
    expect(outer.author).toBe('@sam_reads');
    expect(quoted.author).toBe('@lena_codes');
    expect(quoted.parts[0]!.text).toBe('Thread: how the browser event loop actually schedules your callbacks, with diagrams 🧵');
    const { source, anchor } = quoted.parts[0]!;
    expect(anchor).not.toBe(source);
    expect(anchor.contains(source)).toBe(true);
    expect(anchor.parentElement!.closest('[role="link"]')).not.toBeNull();
    expect(getComputedStyle(anchor.parentElement!).flexDirection).not.toBe('row');
  });

  it('puts the annotation after "Show more" while the tweet is truncated, and after the text once expanded', () => {
    const doc = load('home-timeline.html');
    const long = byId(x.findPosts(doc, HOME), '1899112233445566003');
    expect(long.parts[0]!.anchor.getAttribute('data-testid')).toBe('tweet-text-show-more-link');
    expect(long.parts[0]!.text.endsWith('six hours…')).toBe(true);

    const full = doc.getElementById('tpl-show-more-1899112233445566003') as HTMLTemplateElement;
    long.parts[0]!.source.replaceWith(full.content.firstElementChild!.cloneNode(true));
    doc.querySelector('[data-testid="tweet-text-show-more-link"]')!.remove();
    const expanded = byId(x.findPosts(doc, HOME), '1899112233445566003');
    expect(expanded.parts[0]!.anchor.getAttribute('data-testid')).toBe('tweetText');
    expect(expanded.parts[0]!.text).toContain('every switchback was worth it.\n\nTomorrow we head down to the lake');
    expect(expanded.parts[0]!.text.endsWith('#PCT2025 #hiking')).toBe(true);
  });

  it('follows the content id when a recycled row shows another tweet through the same elements', () => {
    const doc = load('home-timeline.html');
    const row = doc.querySelector('[data-testid="cellInnerDiv"]')!;
    const text = row.querySelector('[data-testid="tweetText"]')!;
    const link = row.querySelector('a[href*="/status/"] > time')!.parentElement!;
    link.setAttribute('href', '/devon_paints/status/1899112233445566007');
    text.replaceChildren(doc.createTextNode('Finished my first watercolor of the Golden Gate Bridge today'));
    const posts = x.findPosts(doc, HOME);
    expect(posts.some((post) => post.id === '1899112233445566001')).toBe(false);
    const recycled = byId(posts, '1899112233445566007');
    expect(recycled.parts[0]!.source).toBe(text);
    expect(recycled.parts[0]!.text).toBe('Finished my first watercolor of the Golden Gate Bridge today');
  });

  it('never reads the composer, and Chinese tweets are extracted like the rest (the engine skips them)', () => {
    const doc = load('home-timeline.html');
    const posts = x.findPosts(doc, HOME);
    const composer = doc.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(posts.some((post) => post.parts.some((part) => composer.contains(part.source) || part.source.contains(composer)))).toBe(false);
    expect(posts.some((post) => post.parts.some((part) => part.text.includes('Drafting a reply')))).toBe(false);
    expect(byId(posts, '1899112233445566005').parts[0]!.text).toBe('今天在纽约吃到了超好吃的小笼包！😋 #纽约美食');
  });

  it('skips an editable element even when it carries tweet markup', () => {
    const doc = load('home-timeline.html');
    const text = doc.querySelector('[data-testid="tweetText"]')!;
    text.setAttribute('contenteditable', 'true');
    expect(x.findPosts(doc, HOME).some((post) => post.id === '1899112233445566001')).toBe(false);
  });
});

describe('x adapter on a status page', () => {
  it('marks tweets below the focal tweet as replies and the thread above it as posts', () => {
    const posts = x.findPosts(load('status-page.html'), STATUS);
    expect(posts.map((post) => [post.id, post.kind])).toEqual([
      ['1899000000000000101', 'post'],
      ['1899000000000000102', 'post'],
      ['1899000000000000103', 'reply'],
      ['1899000000000000104', 'reply'],
      ['1899000000000000105', 'reply'],
    ]);
    expect(byId(posts, '1899000000000000104').parts[0]!.text).toBe('We used it for lazy loading images and cut our load time in half 🚀 #webperf');
  });

  it('reads status ids from permalinks only', () => {
    expect(statusIdFromHref('/dana_builds/status/1899000000000000102')).toBe('1899000000000000102');
    expect(statusIdFromHref('/dana_builds/status/1899000000000000102/photo/1')).toBe('1899000000000000102');
    expect(statusIdFromHref('/dana_builds')).toBeUndefined();
    expect(statusIdFromHref(null)).toBeUndefined();
  });

  it('anchors a text outside flex rows on the text itself', () => {
    const doc = load('status-page.html');
    const text = doc.querySelector('[data-testid="tweetText"]')!;
    expect(annotationAnchor(text, text.closest('article')!)).toBe(text);
  });
});

describe('emoji images in text', () => {
  it('keeps an image whose alt is an emoji (joined sequences and flags too) and drops names, digits and other images', () => {
    const doc = new DOMParser().parseFromString('<div>', 'text/html');
    const root = doc.createElement('div');
    for (const alt of ['👨‍👩‍👧', '🇹🇼', '❤️', '123', ':yt-heart:', 'photo']) {
      root.append(doc.createTextNode('['));
      const img = doc.createElement('img');
      img.alt = alt;
      root.append(img, doc.createTextNode(']'));
    }
    expect(visibleText(root, { emojiImages: true })).toBe('[👨‍👩‍👧][🇹🇼][❤️][][][]');
    expect(visibleText(root)).toBe('[][][][][][]');
  });
});

