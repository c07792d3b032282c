// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { douyin, isHiddenCopy } from './douyin';

const VIDEO = new URL('https://www.douyin.com/video/7412345678901234567');
const FEED = new URL('https://www.douyin.com/?recommend=1');

interface VideoFixture {
  rerenderComments(): void;
  scrollComments(): void;
}

describe('Douyin adapter', () => {
  it('reads the video caption by its aweme id, keeping topics, mentions and emoji', () => {
    const [video] = douyin.findPosts(loadFixture('douyin', 'video-page.html'), VIDEO);
    expect(video).toMatchObject({ id: '7412345678901234567', kind: 'post', author: '重庆旅行日记' });
    expect(video!.parts[0]!.text).toBe('重庆8D魔幻城市，导航都迷路了🤯 #重庆 #旅行vlog @山城小导游');
    expect(video!.parts[0]!.anchor.tagName).toBe('H1');
  });

  it('reads visible comments and replies with the "·province" label, ignoring the hidden SSR copy', () => {
    const doc = loadFixture('douyin', 'video-page.html');
    const comments = douyin.findPosts(doc, VIDEO).slice(1);
    expect(comments.map((c) => [c.kind, c.author, c.locationLabel, c.parts[0]!.text])).toEqual([
      ['comment', '山城棒棒军', '重庆', '第一次来重庆真的被导航整懵了😂'],
      ['reply', '重庆旅行日记', '重庆', '哈哈哈下次跟着我走就不会迷路'],
      ['comment', '广州靓仔阿杰', '广东', '李子坝轻轨穿楼必打卡 @山城小导游 带带我'],
      ['comment', 'Mike在成都', '四川', 'Chongqing is on my list for next spring!'],
    ]);
    // The hidden copy has the same content; only the visible row is read.
    const hidden = doc.querySelector('.ssr-seo-dup [data-e2e="comment-item"]')!;
    expect(isHiddenCopy(hidden)).toBe(true);
    expect(comments.every((c) => !hidden.contains(c.parts[0]!.source))).toBe(true);
    // A parent's text is its own, not its reply's.
    expect(comments[0]!.parts[0]!.source.closest('.replyContainer')).toBeNull();
  });

  it('keeps comment ids through a re-render and a virtualised scroll', () => {
    const doc = loadFixture('douyin', 'video-page.html');
    const ids = douyin.findPosts(doc, VIDEO).map((post) => post.id);
    fixtureApi<VideoFixture>().rerenderComments();
    expect(douyin.findPosts(doc, VIDEO).map((post) => post.id)).toEqual(ids);
    fixtureApi<VideoFixture>().scrollComments();
    const after = douyin.findPosts(doc, VIDEO);
    expect(after.map((post) => post.id)).toEqual([ids[0], ids[3], ids[4], after[3]!.id, after[4]!.id]);
    expect(after.slice(3).map((post) => post.locationLabel)).toEqual(['湖北', '浙江']);
  });

  it('reads each feed slide caption with its nickname', () => {
    const posts = douyin.findPosts(loadFixture('douyin', 'feed.html'), FEED);
    expect(posts.map((post) => [post.id, post.author, post.parts[0]!.text])).toEqual([
      ['7423456789012345678', '大理洱海边的咖啡馆', '在洱海边开了一家小咖啡馆☕ 每天看日落 #大理 #慢生活'],
      ['7423456789012345999', '东北老铁炖大鹅', '零下三十度的冬天，来一锅铁锅炖🍲'],
    ]);
  });

  it('never reads the comment editor', () => {
    const doc = loadFixture('douyin', 'video-page.html');
    const editor = doc.querySelector('.comment-input-container')!;
    expect(douyin.findPosts(doc, VIDEO).every((post) => post.parts.every((part) => !editor.contains(part.source)))).toBe(true);
  });
});
