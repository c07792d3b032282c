// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reddit } from './reddit';

const URL_ = new URL('https://www.reddit.com/r/AskNYC/comments/1j9x2ab/where_do_you_get_the_best_soup_dumplings_in/');

function load(): Document {
  return new DOMParser().parseFromString(readFileSync(path.resolve('test/fixtures/sites/reddit/post-page.html'), 'utf8'), 'text/html');
}

describe('reddit (shreddit) adapter on a post page', () => {
  it('finds the post and every comment and reply, keyed by fullname', () => {
    const posts = reddit.findPosts(load(), URL_);
    expect(posts.map((post) => [post.id, post.kind, post.author])).toEqual([
      ['t3_1j9x2ab', 'post', 'torontofoodie'],
      ['t1_mh2a1b1', 'comment', 'brooklyn_bites'],
      ['t1_mh2c3d4', 'reply', 'torontofoodie'],
      ['t1_mh2e5f6', 'reply', 'brooklyn_bites'],
      ['t1_mh2k1l2', 'comment', 'wanderlust_li'],
      ['t1_mh2m3n4', 'comment', 'qns_walker'],
      ['t1_mh2p5q6', 'comment', 'late_night_dan'],
    ]);
    expect(posts.every((post) => post.siteId === 'reddit' && post.locationLabel === undefined)).toBe(true);
  });

  it('reads the title and the body from their slots, with links, mentions and emoji kept', () => {
    const [post] = reddit.findPosts(load(), URL_);
    const [title, body] = post!.parts;
    expect(title!.part).toBe('title');
    expect(title!.text).toBe('Where do you get the best soup dumplings in Manhattan?');
    // The title's annotation follows the slotted title and takes its slot (the annotator copies `slot`).
    expect(title!.anchor.getAttribute('slot')).toBe('title');
    expect(title!.anchor.parentElement!.tagName).toBe('SHREDDIT-POST');
    expect(body!.part).toBe('body');
    expect(body!.text).toBe('Visiting from Toronto next week and I want proper xiao long bao 🥟\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!');
    // The body's annotation goes inside the slot's element, never as an unslotted child of the component.
    expect(body!.anchor.parentElement!.getAttribute('slot')).toBe('text-body');
  });

  it("anchors each comment inside its own comment slot, not in a reply's", () => {
    const posts = reddit.findPosts(load(), URL_);
    for (const post of posts.filter((candidate) => candidate.id.startsWith('t1_'))) {
      const { anchor, text } = post.parts[0]!;
      expect(anchor.getAttribute('slot')).toBe('comment');
      expect(anchor.closest('shreddit-comment')!.getAttribute('thingid')).toBe(post.id);
      expect(text.length).toBeGreaterThan(0);
    }
    const list = posts.find((post) => post.id === 't1_mh2m3n4')!;
    expect(list.parts[0]!.text).toBe('Check out the map from u/dumpling_data, it is updated every month:\ndumplings.example/nyc\nAlso ask in r/FoodNYC');
  });

  it('never reads the composer, and action rows and meta stay out of the text', () => {
    const doc = load();
    const posts = reddit.findPosts(doc, URL_);
    const texts = posts.flatMap((post) => post.parts.map((part) => part.text)).join('\n');
    expect(texts).not.toContain('My draft comment');
    expect(texts).not.toContain('Reply');
    expect(texts).not.toContain('brooklyn_bites');
    const composer = doc.querySelector('shreddit-composer')!;
    expect(posts.some((post) => post.parts.some((part) => composer.contains(part.anchor)))).toBe(false);
  });

  it('calls the component a card outside the comments page, and skips a comment with no text (deleted)', () => {
    const doc = load();
    doc.querySelector('shreddit-post')!.setAttribute('view-context', 'SubredditFeed');
    doc.querySelector('shreddit-comment[thingid="t1_mh2p5q6"] [slot="comment"]')!.remove();
    const posts = reddit.findPosts(doc, URL_);
    expect(posts[0]!.kind).toBe('card');
    expect(posts.some((post) => post.id === 't1_mh2p5q6')).toBe(false);
  });
});
