// @vitest-environment jsdom
// @vitest-environment-options {"runScripts": "dangerously"}
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { postCodeFromUrl, threads } from './threads';
import type { PostRecord } from './types';

const POST_URL = new URL('https://www.threads.com/@river.codes/post/C9xYzAbCdEf');
const MAIN_TEXT = 'Hot take: the best code review comment is a question, not a command.\n"Why did we pick this?" teaches more than "Change this." 🧵 Agree, @devon.builds? #codereview';

interface ThreadsFixture {
  loadMoreReplies(): void;
  rerender(): void;
  navigate(path: string): void;
}

/** The fixture renders the view its path names, like the site: open it at the post's path. */
function openPost(): Document {
  history.replaceState(null, '', POST_URL.pathname);
  return loadFixture('threads', 'post-page.html');
}

const summary = (posts: PostRecord[]) => posts.map((post) => [post.id, post.kind, post.author, post.parts.map((part) => part.text).join('|')]);

describe('threads post codes', () => {
  it('reads /@user/post/<code> on both hosts and nothing else', () => {
    expect(postCodeFromUrl(POST_URL)).toBe('C9xYzAbCdEf');
    expect(postCodeFromUrl(new URL('https://www.threads.net/@river.codes/post/C9xYzAbCdEf?xmt=abc'))).toBe('C9xYzAbCdEf');
    expect(postCodeFromUrl(new URL('https://www.threads.com/@river.codes'))).toBeUndefined();
    expect(postCodeFromUrl(new URL('https://www.threads.com/'))).toBeUndefined();
  });
});

describe('threads adapter on the post page fixture', () => {
  it('extracts the post, then its replies, by the code in each own permalink', () => {
    const doc = openPost();
    const posts = threads.findPosts(doc, POST_URL);
    expect(summary(posts)).toEqual([
      ['C9xYzAbCdEf', 'post', 'river.codes', MAIN_TEXT],
      ['C9xZ1aBcDeF', 'reply', 'devon.builds', 'Agree 100%. Questions invite the author to explain, commands invite them to get defensive 😅'],
      ['C9xZ2bCdEfG', 'reply', 'lin.xiaoman', '同意，提问比命令有用多了👍'],
      ['C9xZ3cDeFgH', 'reply', 'priya.writes', "Saving this for my team's onboarding doc"],
    ]);
    expect(posts.every((post) => post.locationLabel === undefined)).toBe(true);
  });

  it('anchors after the text block, outside the clamped span and the flex header, and skips the Translate button and composer', () => {
    const doc = openPost();
    const posts = threads.findPosts(doc, POST_URL);
    for (const { anchor, source } of posts.flatMap((post) => post.parts)) {
      expect(anchor.classList.contains('x1body')).toBe(true);
      expect(source.classList.contains('x569fbc')).toBe(true);
    }
    const texts = posts.flatMap((post) => post.parts.map((part) => part.text));
    expect(texts.some((text) => /^Translate$|great point/.test(text))).toBe(false);
  });

  it('finds loaded replies, and the same posts after a re-render', () => {
    const doc = openPost();
    const api = fixtureApi<ThreadsFixture>();
    api.loadMoreReplies();
    const ids = threads.findPosts(doc, POST_URL).map((post) => post.id);
    expect(ids.slice(-2)).toEqual(['C9xZ4dEfGhI', 'C9xZ5eFgHiJ']);
    api.rerender();
    expect(threads.findPosts(doc, POST_URL).map((post) => post.id)).toEqual(ids);
  });

  it('follows SPA navigation to a reply\'s own page and to the feed, where every post is a post', () => {
    const doc = openPost();
    const api = fixtureApi<ThreadsFixture>();
    api.navigate('/@devon.builds/post/C9xZ1aBcDeF');
    expect(summary(threads.findPosts(doc, new URL('https://www.threads.com/@devon.builds/post/C9xZ1aBcDeF')))).toEqual([
      ['C9xZ1aBcDeF', 'post', 'devon.builds', 'Agree 100%. Questions invite the author to explain, commands invite them to get defensive 😅'],
      ['C9yA1aBcDeF', 'reply', 'river.codes', '@devon.builds exactly, and it keeps the tone friendly'],
    ]);
    api.navigate('/');
    const feed = threads.findPosts(doc, new URL('https://www.threads.com/'));
    expect(feed.map((post) => [post.id, post.kind])).toEqual([
      ['C9xYzAbCdEf', 'post'],
      ['C9wQ8rStUvW', 'post'],
      ['C9wR9sTuVwX', 'post'],
    ]);
    expect(feed[0]!.parts[0]!.text).toBe(MAIN_TEXT);
  });

  it('reads a quoted post as its own post, not as part of the post that quotes it', () => {
    const doc = openPost();
    const [outer, inner] = [...doc.querySelectorAll('div[data-pressable-container="true"]')];
    // Quote the second post inside the first one's content column, after its text.
    outer!.querySelector('.x1body')!.after(inner!.cloneNode(true));
    inner!.remove();
    const posts = threads.findPosts(doc, POST_URL);
    expect(posts.slice(0, 2).map((post) => [post.id, post.parts[0]!.text.slice(0, 20)])).toEqual([
      ['C9xYzAbCdEf', MAIN_TEXT.slice(0, 20)],
      ['C9xZ1aBcDeF', 'Agree 100%. Question'],
    ]);
  });
});
