// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentIdFromHref, youtube } from './youtube';

const WATCH = new URL('https://www.youtube.com/watch?v=Vb1cKq9xT0A');

function load(): Document {
  return new DOMParser().parseFromString(readFileSync(path.resolve('test/fixtures/sites/youtube/watch-page.html'), 'utf8'), 'text/html');
}

/** What the fixture's scripts do, done by hand (scripts do not run here). */
function swapIn(doc: Document, selector: string, templateId: string): void {
  const fresh = (doc.getElementById(templateId) as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
  const target = doc.querySelector(selector)!;
  target.replaceChildren(fresh);
}

describe('youtube adapter on a watch page', () => {
  it('finds the video and every comment, keyed by video id and comment id', () => {
    const posts = youtube.findPosts(load(), WATCH);
    expect(posts.map((post) => [post.id, post.kind, post.author])).toEqual([
      ['Vb1cKq9xT0A', 'post', 'Kitchen with Maya'],
      ['UgzK3vQ8rT1mN5pX2wB4AaABAg', 'comment', '@ben_cooks'],
      ['UgxR7sT2uV9wX4yZ1aB6AaABAg', 'comment', '@kitchenwithmaya'],
      ['Ugw5pL8kJ2hG4fD6sA9qAaABAg', 'comment', '@wangfang'],
      ['UgyT6nM3bV8cX1zL4kJ7AaABAg', 'comment', '@marisol.r'],
    ]);
  });

  it('reads the title and the whole description, even while its box is collapsed; the snippet when that is all there is', () => {
    const doc = load();
    const [video] = youtube.findPosts(doc, WATCH);
    expect(video!.parts.map((part) => [part.part, part.text])).toEqual([
      ['title', 'How I cook perfect rice without a rice cooker 🍚 | Easy kitchen tips'],
      ['body', 'Three methods, one pot, zero stress.\nRecipe card: kitchenwithmaya.example/rice\n#cooking #rice'],
    ]);
    expect(video!.parts[1]!.anchor.id).toBe('description-inline-expander');

    doc.querySelector('#description-inline-expander [id="expanded"]')!.replaceChildren();
    const [snippetOnly] = youtube.findPosts(doc, WATCH);
    expect(snippetOnly!.parts[1]!.text).toBe('Three methods, one pot, zero stress.');
  });

  it('keeps line breaks, timestamps, hashtags and emoji, and anchors below the clamped expander', () => {
    const posts = youtube.findPosts(load(), WATCH);
    const stamps = posts.find((post) => post.id === 'UgxR7sT2uV9wX4yZ1aB6AaABAg')!;
    expect(stamps.parts[0]!.text).toBe('Timestamps:\n0:45 rinsing\n2:10 water ratio\n5:30 resting');
    const long = posts.find((post) => post.id === 'UgyT6nM3bV8cX1zL4kJ7AaABAg')!;
    expect(long.parts[0]!.text.split('\n')).toHaveLength(3);
    expect(long.parts[0]!.text.endsWith('so calmly. #cooking')).toBe(true);
    expect(long.parts[0]!.anchor.tagName).toBe('YTD-EXPANDER');
    expect(posts.find((post) => post.id === 'UgzK3vQ8rT1mN5pX2wB4AaABAg')!.parts[0]!.text).toBe('Tried the absorption method tonight and it came out perfect. Thank you! 🙌');
  });

  it('marks loaded replies as replies with their own ids', () => {
    const doc = load();
    swapIn(doc, 'ytd-comments #contents', 'tpl-threads-expanded-Vb1cKq9xT0A');
    const replies = youtube.findPosts(doc, WATCH).filter((post) => post.kind === 'reply');
    expect(replies.map((reply) => [reply.id, reply.author, reply.parts[0]!.text])).toEqual([
      ['UgzK3vQ8rT1mN5pX2wB4AaABAg.A1bC2dE3fG4', '@lina.k', '@ben_cooks Same here, the first time it did not stick to the pot'],
      ['UgzK3vQ8rT1mN5pX2wB4AaABAg.A1bC2dE3fG5', '@chef_tom', 'Did you rinse the rice first?'],
    ]);
  });

  it('follows the video id in the page, not the element, after SPA navigation', () => {
    const doc = load();
    doc.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'Qm7pL2sRn4E');
    swapIn(doc, 'ytd-comments #contents', 'tpl-threads-Qm7pL2sRn4E');
    const posts = youtube.findPosts(doc, new URL('https://www.youtube.com/watch?v=Qm7pL2sRn4E'));
    expect(posts[0]!.id).toBe('Qm7pL2sRn4E');
    expect(posts.slice(1).map((post) => post.id)).toEqual(['UgzA1sD2fG3hJ4kL5zX6AaABAg', 'UgxQ9wE8rT7yU6iO5pA4AaABAg', 'UgwM2nB3vC4xZ5lK6jH7AaABAg']);
  });

  it('never reads the comment box or the search field, and finds no video outside /watch', () => {
    const doc = load();
    const posts = youtube.findPosts(doc, WATCH);
    const texts = posts.flatMap((post) => post.parts.map((part) => part.text)).join('\n');
    expect(texts).not.toContain('My draft');
    expect(texts).not.toContain('rice recipe');
    expect(youtube.findPosts(doc, new URL('https://www.youtube.com/results?search_query=rice')).some((post) => post.kind === 'post')).toBe(false);
  });

  it('reads comment ids from the lc parameter only', () => {
    expect(commentIdFromHref('/watch?v=Vb1cKq9xT0A&lc=UgzK3vQ8rT1mN5pX2wB4AaABAg')).toBe('UgzK3vQ8rT1mN5pX2wB4AaABAg');
    expect(commentIdFromHref('/watch?v=Vb1cKq9xT0A')).toBeUndefined();
    expect(commentIdFromHref(undefined)).toBeUndefined();
  });
});
