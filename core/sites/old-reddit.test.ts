// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldReddit } from './old-reddit';

const URL_ = new URL('https://old.reddit.com/r/AskNYC/comments/1j9x2ab/where_do_you_get_the_best_soup_dumplings_in/');

function load(): Document {
  return new DOMParser().parseFromString(readFileSync(path.resolve('test/fixtures/sites/old-reddit/comments-page.html'), 'utf8'), 'text/html');
}

describe('old reddit adapter on a comments page', () => {
  it('finds the link post and every comment and reply by data-fullname', () => {
    const posts = oldReddit.findPosts(load(), URL_);
    expect(posts.map((post) => [post.id, post.kind, post.author])).toEqual([
      ['t3_1j9x2ab', 'post', 'torontofoodie'],
      ['t1_mh2a1b1', 'comment', 'brooklyn_bites'],
      ['t1_mh2c3d4', 'reply', 'torontofoodie'],
      ['t1_mh2e5f6', 'reply', 'brooklyn_bites'],
      ['t1_mh2k1l2', 'comment', 'wanderlust_li'],
      ['t1_mh2m3n4', 'comment', 'qns_walker'],
      ['t1_mh2p5q6', 'comment', 'late_night_dan'],
    ]);
  });

  it('reads the title and the self text, and puts the title annotation after the whole title line', () => {
    const [post] = oldReddit.findPosts(load(), URL_);
    const [title, body] = post!.parts;
    expect(title!.text).toBe('Where do you get the best soup dumplings in Manhattan?');
    expect(title!.source.matches('a.title')).toBe(true);
    expect(title!.anchor.matches('p.title')).toBe(true);
    expect(body!.part).toBe('body');
    expect(body!.text).toBe('Visiting from Toronto next week and I want proper xiao long bao 🥟\n\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!');
    expect(body!.anchor.matches('.usertext-body > .md')).toBe(true);
  });

  it("takes each comment's own text, never a nested reply's, with links and emoji kept", () => {
    const posts = oldReddit.findPosts(load(), URL_);
    const top = posts.find((post) => post.id === 't1_mh2a1b1')!;
    expect(top.parts).toHaveLength(1);
    expect(top.parts[0]!.text).toBe("Joe's Shanghai on Pell St is the classic, but go early on weekdays. The line gets long by noon 😅");
    expect(top.parts[0]!.anchor.closest('.thing')!.getAttribute('data-fullname')).toBe('t1_mh2a1b1');
    expect(posts.find((post) => post.id === 't1_mh2m3n4')!.parts[0]!.text).toBe(
      'Check out the map from u/dumpling_data, it is updated every month:\n\ndumplings.example/nyc\n\nAlso ask in r/FoodNYC',
    );
  });

  it('never reads the comment form, the sidebar or the "load more comments" stub', () => {
    const doc = load();
    const posts = oldReddit.findPosts(doc, URL_);
    const texts = posts.flatMap((post) => post.parts.map((part) => part.text)).join('\n');
    expect(texts).not.toContain('My draft comment');
    expect(texts).not.toContain('Questions about New York City');
    expect(texts).not.toContain('load more comments');
    expect(posts).toHaveLength(7);
  });
});
