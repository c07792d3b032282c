// @vitest-environment jsdom
// @vitest-environment-options {"runScripts": "dangerously"}
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { instagram, shortcodeFromPath } from './instagram';
import type { PostRecord } from './types';

const POST_URL = new URL('https://www.instagram.com/p/C9kT2mLxQ4e/?img_index=1');
const NEXT_URL = new URL('https://www.instagram.com/p/C9nW8pQrZ2a/');
const HOME_URL = new URL('https://www.instagram.com/');

interface PostFixture {
  toggleReplies(commentId: string): void;
  loadMoreComments(): void;
  rerenderComments(): void;
  navigate(index: number): void;
}
interface FeedFixture {
  expandCaption(code: string): void;
  openPost(code: string): void;
  closePost(): void;
  loadMore(): void;
  rerender(): void;
}

const summary = (posts: PostRecord[]) => posts.map((post) => [post.id, post.kind, post.author, post.parts.map((part) => part.text).join('|')]);

describe('instagram shortcodes', () => {
  it('reads /p/, /reel/ and /<user>/p/ paths and nothing else', () => {
    expect(shortcodeFromPath('/p/C9kT2mLxQ4e/')).toBe('C9kT2mLxQ4e');
    expect(shortcodeFromPath('/reel/C9kT2mLxQ4e/')).toBe('C9kT2mLxQ4e');
    expect(shortcodeFromPath('/harbor.bakes/p/C9kT2mLxQ4e/')).toBe('C9kT2mLxQ4e');
    expect(shortcodeFromPath('/harbor.bakes/')).toBeUndefined();
    expect(shortcodeFromPath('/explore/tags/sourdough/')).toBeUndefined();
  });
});

describe('instagram adapter on the post page fixture', () => {
  it('extracts the caption with its location tag, then each comment by the id in its permalink', () => {
    const doc = loadFixture('instagram', 'post-page.html');
    const posts = instagram.findPosts(doc, POST_URL);
    expect(summary(posts)).toEqual([
      [
        'C9kT2mLxQ4e',
        'post',
        'harbor.bakes',
        'First batch of sourdough after moving into the new flat 🍞✨ The oven runs hot, so 20 minutes at 230°C was plenty. Recipe from @flourwater.nyc\n#sourdough #homebaking',
      ],
      ['17954218830412345', 'comment', 'daily.crumb', 'That oven spring is unreal 😍 what hydration?'],
      ['17960011223344556', 'comment', 'mei.bakes.sf', '看起来好好吃！求配方🙏'],
      ['17943322110099887', 'comment', 'loafgoals', 'Crumb shot please!! 📸 #sourdough'],
      ['17935566778899001', 'comment', 'tomas.k', 'Welcome to the neighborhood, the bakery on Court St is great too'],
    ]);
    expect(posts[0]!.locationLabel).toBe('Brooklyn, New York');
    expect(posts.slice(1).every((post) => post.locationLabel === undefined)).toBe(true);
  });

  it('anchors the caption after the h1 and each comment after its text block, inside the text column', () => {
    const doc = loadFixture('instagram', 'post-page.html');
    const [caption, comment] = instagram.findPosts(doc, POST_URL);
    expect(caption!.parts[0]!.anchor.tagName).toBe('H1');
    const anchor = comment!.parts[0]!.anchor;
    expect(anchor.previousElementSibling!.tagName).toBe('H3');
    expect(anchor.parentElement!.className).toBe('_a9zr');
    expect(instagram.scrollRoot!(doc)!.className).toContain('x5yr21d');
  });

  it('never reads the composer, the "More posts" grid or the like counts', () => {
    const doc = loadFixture('instagram', 'post-page.html');
    const texts = instagram.findPosts(doc, POST_URL).flatMap((post) => post.parts.map((part) => part.text));
    expect(texts.some((text) => /jealous|likes|More posts/.test(text))).toBe(false);
    expect(instagram.findPosts(doc, POST_URL).map((post) => post.id)).not.toContain('C9nW8pQrZ2a');
  });

  it('finds replies once opened, loaded comments, and the same ids after a re-render', () => {
    const doc = loadFixture('instagram', 'post-page.html');
    const api = fixtureApi<PostFixture>();
    api.toggleReplies('17954218830412345');
    api.loadMoreComments();
    const posts = instagram.findPosts(doc, POST_URL);
    expect(summary(posts).slice(2, 4)).toEqual([
      ['17861230045512346', 'reply', 'harbor.bakes', '@daily.crumb 75%, nothing fancy!'],
      ['17861230045598765', 'reply', 'rye.and.shine', 'Same question, mine always comes out flat 😅'],
    ]);
    expect(posts.map((post) => post.id).slice(-2)).toEqual(['17929988776655443', '17921100998877665']);
    api.rerenderComments();
    expect(instagram.findPosts(doc, POST_URL).map((post) => post.id)).toEqual(posts.map((post) => post.id));
  });

  it('reports the other post once the page is reused for it', () => {
    const doc = loadFixture('instagram', 'post-page.html');
    fixtureApi<PostFixture>().navigate(1);
    const posts = instagram.findPosts(doc, NEXT_URL);
    expect(summary(posts)).toEqual([
      ['C9nW8pQrZ2a', 'post', 'harbor.bakes', "Cinnamon rolls for the building's first potluck 🥐 #baking"],
      ['17980012345678901', 'comment', 'nora.upstairs', 'These disappeared in five minutes, thank you!!'],
      ['17980012345678902', 'comment', 'sam.3b', 'Please make these every Sunday 🙏'],
    ]);
    expect(posts[0]!.locationLabel).toBeUndefined();
  });
});

describe('instagram adapter on the home feed fixture', () => {
  it('extracts each article by the shortcode of its permalink, with author and location', () => {
    const doc = loadFixture('instagram', 'home-feed.html');
    const posts = instagram.findPosts(doc, HOME_URL);
    expect(summary(posts)).toEqual([
      [
        'C9pQ1rStU3v',
        'post',
        'lena.sketches',
        'Rainy afternoon in Alfama, sketching from a café window ☔️🖌️ Watercolor on 300gsm cold press, about 40 minutes, and the waiter kept my coffee warm the whole time\n#urbansketchers #watercolor',
      ],
      ['C9rX4yZaB6c', 'post', 'kai.runs', 'New 10K personal best this morning! 41:52 🏃‍♂️ Legs are done for the week, thanks @trackclub.oak'],
      ['C9tD7eFgH8i', 'post', 'xiaoyu.cooks', '第一次做葱油拌面，意外地简单😋 #家常菜'],
    ]);
    expect(posts.map((post) => post.locationLabel)).toEqual(['Lisbon, Portugal', undefined, undefined]);
  });

  it('anchors after the whole caption block, outside the clamped spans and the "more" button', () => {
    const doc = loadFixture('instagram', 'home-feed.html');
    const { anchor, source } = instagram.findPosts(doc, HOME_URL)[0]!.parts[0]!;
    expect(anchor.classList.contains('xcaption')).toBe(true);
    expect(anchor.contains(source)).toBe(true);
    expect(source.classList.contains('x1clamp')).toBe(true);
  });

  it('keeps the same posts after "more", a re-render and a loaded page', () => {
    const doc = loadFixture('instagram', 'home-feed.html');
    const api = fixtureApi<FeedFixture>();
    const before = summary(instagram.findPosts(doc, HOME_URL));
    api.expandCaption('C9pQ1rStU3v');
    api.rerender();
    expect(summary(instagram.findPosts(doc, HOME_URL))).toEqual(before);
    api.loadMore();
    expect(instagram.findPosts(doc, HOME_URL).map((post) => post.id)).toEqual(['C9pQ1rStU3v', 'C9rX4yZaB6c', 'C9tD7eFgH8i', 'C9vJ0kLmN2o']);
  });

  it('reads only the post in the dialog while one is open over the feed, and the feed again once it closes', () => {
    const doc = loadFixture('instagram', 'home-feed.html');
    const api = fixtureApi<FeedFixture>();
    api.openPost('C9pQ1rStU3v');
    const open = instagram.findPosts(doc, new URL('https://www.instagram.com/p/C9pQ1rStU3v/'));
    expect(summary(open).map(([id, kind, author]) => [id, kind, author])).toEqual([
      ['C9pQ1rStU3v', 'post', 'lena.sketches'],
      ['17990011223344551', 'comment', 'miguel.lx'],
      ['17990011223344552', 'comment', 'sketch.daily'],
    ]);
    expect(open[0]!.locationLabel).toBe('Lisbon, Portugal');
    expect(open.every((post) => post.parts[0]!.source.closest('[role="dialog"]'))).toBe(true);
    expect(instagram.scrollRoot!(doc)!.closest('[role="dialog"]')).not.toBeNull();

    // Another post in the same dialog: its elements are reused.
    api.openPost('C9rX4yZaB6c');
    expect(summary(instagram.findPosts(doc, new URL('https://www.instagram.com/p/C9rX4yZaB6c/')))).toEqual([
      ['C9rX4yZaB6c', 'post', 'kai.runs', 'New 10K personal best this morning! 41:52 🏃‍♂️ Legs are done for the week, thanks @trackclub.oak'],
      ['17990022334455661', 'comment', 'trackclub.oak', 'Proud of you, see you at Saturday intervals'],
    ]);

    api.closePost();
    expect(instagram.findPosts(doc, HOME_URL).map((post) => post.id)).toEqual(['C9pQ1rStU3v', 'C9rX4yZaB6c', 'C9tD7eFgH8i']);
  });
});
