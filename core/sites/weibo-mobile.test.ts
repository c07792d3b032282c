// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { weiboMobile } from './weibo-mobile';

const DETAIL = new URL('https://m.weibo.cn/detail/5127346012345678');

describe('m.weibo.cn adapter', () => {
  it('reads the detail post by the id in the URL, keeping topics, mentions and line breaks', () => {
    const [post] = weiboMobile.findPosts(loadFixture('weibo-mobile', 'detail-page.html'), DETAIL);
    expect(post).toMatchObject({ id: '5127346012345678', kind: 'post', author: '重庆山城漫游' });
    expect(post!.parts[0]!.text).toBe('洪崖洞的夜景真的像千与千寻一样✨\n轻轨穿楼也看到了 #重庆旅游# @山城吃货');
    // "来自 iPhone客户端" names the client, not a place.
    expect(post!.locationLabel).toBeUndefined();
  });

  it('reads each comment with its "来自" region when the site shows one', () => {
    const comments = weiboMobile.findPosts(loadFixture('weibo-mobile', 'detail-page.html'), DETAIL).slice(1);
    expect(comments.map((c) => [c.kind, c.author, c.locationLabel, c.parts[0]!.text])).toEqual([
      ['comment', '火锅不放香菜', '四川', '晚上去人好多，建议早点去占位置😂'],
      ['comment', 'Lena去旅行', '江苏', '收藏了，五一就去 @重庆山城漫游 求攻略'],
      ['comment', '夜猫子', undefined, '轻轨穿楼太酷了'],
    ]);
    expect(new Set(comments.map((c) => c.id)).size).toBe(3);
  });

  it('keeps comment ids across a re-render that replaces every element', () => {
    const doc = loadFixture('weibo-mobile', 'detail-page.html');
    const before = weiboMobile.findPosts(doc, DETAIL);
    fixtureApi<{ rerenderComments(): void }>().rerenderComments();
    const after = weiboMobile.findPosts(doc, DETAIL);
    expect(after.map((post) => post.id)).toEqual(before.map((post) => post.id));
    expect(after[1]!.parts[0]!.source).not.toBe(before[1]!.parts[0]!.source);
  });

  it('gives feed cards an id from their content when the URL names no post', () => {
    const doc = loadFixture('weibo-mobile', 'detail-page.html');
    const [card] = weiboMobile.findPosts(doc, new URL('https://m.weibo.cn/'));
    expect(card!.id).toMatch(/^p[0-9a-z]{7}$/);
    const header = doc.querySelector('header.weibo-top h4')!;
    header.append(' 发布于 重庆');
    expect(weiboMobile.findPosts(doc, DETAIL)[0]!.locationLabel).toBe('重庆');
  });

  it('never reads the comment editor', () => {
    const doc = loadFixture('weibo-mobile', 'detail-page.html');
    const editor = doc.querySelector('.lite-page-editor')!;
    expect(weiboMobile.findPosts(doc, DETAIL).every((post) => post.parts.every((part) => !editor.contains(part.source)))).toBe(true);
  });
});
