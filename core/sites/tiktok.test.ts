// @vitest-environment jsdom
// @vitest-environment-options {"runScripts": "dangerously"}
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { tiktok, videoIdFromUrl } from './tiktok';
import type { PostRecord } from './types';

const VIDEO_URL = new URL('https://www.tiktok.com/@trailcook.mia/video/7412583690123456789?is_from_webapp=1');
const NEXT_URL = new URL('https://www.tiktok.com/@citybikes.leo/video/7419876543210987654');

interface TiktokFixture {
  loadMoreComments(): void;
  expandReplies(commentId: string): void;
  rerenderComments(): void;
  navigate(index: number): void;
}

const summary = (posts: PostRecord[]) => posts.map((post) => [post.id, post.kind, post.author, post.parts.map((part) => part.text).join('|')]);

describe('tiktok adapter on the video page fixture', () => {
  let doc: Document;
  beforeEach(() => {
    doc = loadFixture('tiktok', 'video-page.html');
  });

  it('reads the video id from the URL only on video pages', () => {
    expect(videoIdFromUrl(VIDEO_URL)).toBe('7412583690123456789');
    expect(videoIdFromUrl(new URL('https://www.tiktok.com/@trailcook.mia/photo/7412583690123456790'))).toBe('7412583690123456790');
    expect(videoIdFromUrl(new URL('https://www.tiktok.com/@trailcook.mia'))).toBeUndefined();
  });

  it('extracts the caption with its hashtags, mention and emoji, then every comment and reply by comment id', () => {
    const posts = tiktok.findPosts(doc, VIDEO_URL);
    expect(summary(posts)).toEqual([
      ['7412583690123456789', 'post', 'trailcook.mia', 'One-pot ramen at 3,000 m when your hands are frozen 🥶🍜 stove tip from @gearcheck.sam #camping #backpacking #trailfood'],
      ['7412600418861204481', 'comment', 'Jo Hikes', 'Okay but how is the broth this rich with zero fridge 😭'],
      ['7412611736502912001', 'reply', 'Mia Trail Kitchen', 'Miso paste in a tiny jar! It keeps for weeks 🙌'],
      ['7412602297145098242', 'comment', '周末去爬山', '在山上吃泡面真的是人间美味😋'],
      ['7412605583016643587', 'comment', 'Sam Outdoors', '@trailcook.mia what stove is that? Looks super light'],
      ['7412609921430872068', 'comment', 'Nora', 'The wind at 0:14 made me feel cold through the screen'],
    ]);
    expect(posts.every((post) => post.locationLabel === undefined)).toBe(true);
  });

  it('anchors the caption below its flex row and clamp, and each comment right after its text', () => {
    const [caption, comment] = tiktok.findPosts(doc, VIDEO_URL);
    const anchor = caption!.parts[0]!.anchor;
    expect(anchor.className).toContain('DivMainContent');
    expect(anchor.parentElement!.className).toContain('DivDescriptionContentWrapper');
    expect(anchor.contains(caption!.parts[0]!.source)).toBe(true);
    expect(comment!.parts[0]!.anchor.getAttribute('data-e2e')).toBe('comment-level-1');
    expect(comment!.parts[0]!.anchor.parentElement!.className).toContain('DivContentContainer-StyledComment');
  });

  it('never reads the comment composer', () => {
    const posts = tiktok.findPosts(doc, VIDEO_URL);
    expect(posts.flatMap((post) => post.parts).some((part) => part.source.closest('[data-e2e="comment-input"]'))).toBe(false);
    expect(summary(posts).some(([, , , text]) => text!.includes('Great tip'))).toBe(false);
  });

  it('leaves the caption out where the URL names no video, and keeps the comments', () => {
    const posts = tiktok.findPosts(doc, new URL('https://www.tiktok.com/foryou'));
    expect(posts.map((post) => post.kind)).toEqual(['comment', 'reply', 'comment', 'comment', 'comment']);
  });

  it('finds newly loaded replies and comments, and the same ids after a re-render', () => {
    const api = fixtureApi<TiktokFixture>();
    api.expandReplies('7412600418861204481');
    api.loadMoreComments();
    const ids = tiktok.findPosts(doc, VIDEO_URL).map((post) => post.id);
    expect(ids).toHaveLength(1 + 8);
    expect(ids).toContain('7412633410987651002');
    expect(ids.slice(-2)).toEqual(['7412641195571530245', '7412657038214455302']);
    api.rerenderComments();
    expect(tiktok.findPosts(doc, VIDEO_URL).map((post) => post.id)).toEqual(ids);
  });

  it('reports the next video and its comments when the panel is reused for another video', () => {
    fixtureApi<TiktokFixture>().navigate(1);
    expect(summary(tiktok.findPosts(doc, NEXT_URL))).toEqual([
      ['7419876543210987654', 'post', 'citybikes.leo', 'Rush hour in Amsterdam is just bikes, bikes and more bikes 🚲 #amsterdam #cycling'],
      ['7419901122334455661', 'comment', 'Anna', 'This is literally my commute every morning lol'],
      ['7419903344556677882', 'comment', 'Wei Travels', 'The bike garage at Centraal is insane'],
      ['7419905566778899003', 'comment', 'Marco', 'Zero helmets and zero stress, love it 😂'],
    ]);
  });

  it('keys a comment row without TikTok\'s id by its author and text, so a recycled row gets a new key', () => {
    const rows = [...doc.querySelectorAll('[class*="DivCommentContentContainer"]')];
    for (const row of rows) row.removeAttribute('id');
    const first = tiktok.findPosts(doc, VIDEO_URL).filter((post) => post.kind !== 'post');
    expect(first).toHaveLength(5);
    expect(new Set(first.map((post) => post.id)).size).toBe(5);
    expect(first.every((post) => /^h[0-9a-z]{7,}$/.test(post.id))).toBe(true);
    expect(tiktok.findPosts(doc, VIDEO_URL).filter((post) => post.kind !== 'post').map((post) => post.id)).toEqual(first.map((post) => post.id));
    // The same row now shows another comment.
    rows[0]!.querySelector('[data-e2e="comment-level-1"] span')!.textContent = 'A different comment in a reused row';
    expect(tiktok.findPosts(doc, VIDEO_URL)[1]!.id).not.toBe(first[0]!.id);
  });
});
