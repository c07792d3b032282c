// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { contentHash } from './text';
import { weibo, weiboRegion } from './weibo';

const weiboRetweetId = (author: string, text: string) => `r${contentHash(author, text)}`;

const HOME = new URL('https://weibo.com/');
const DETAIL = new URL('https://weibo.com/6023456789/P3kW2cDe4');

interface HomeFixture {
  expandLongText(): void;
  recycleRow(row: number, pool: number): void;
}
interface DetailFixture {
  recycleCommentRow(row: number, more: number): void;
}

describe('weibo.com adapter', () => {
  it('reads each feed post by its mblogid, with author, "发布于" region and body text', () => {
    const posts = weibo.findPosts(loadFixture('weibo', 'home-feed.html'), HOME);
    expect(posts.map((post) => [post.id, post.kind, post.author, post.locationLabel])).toEqual([
      ['P3kVx7Ab1', 'post', '成都吃货小分队', '四川'],
      ['P3kW2cDe4', 'post', '北漂程序员日记', '北京'],
      ['P3kX9fGh7', 'post', '广州早茶研究所', '广东'],
      [weiboRetweetId('广州美食地图', '陶陶居、点都德、广州酒家，本地人最常去的三家早茶店都在这里了👍'), 'post', '广州美食地图', undefined],
    ]);
    // The repost's own text is its own; the retweeted original is a separate post.
    expect(posts[2]!.parts[0]!.text).toBe('早茶三件套：虾饺、烧卖、叉烧包😋 你们最爱哪个？#广州早茶#');
    expect(posts[3]!.parts[0]!.text).toBe('陶陶居、点都德、广州酒家，本地人最常去的三家早茶店都在这里了👍');
    // Hashtags, mentions and emoji survive; emoji images are left out; line breaks kept.
    expect(posts[0]!.parts.map((part) => part.text)).toEqual(['今天终于吃到了传说中的冒菜🌶️ 分量超足，老板还送了冰粉！\n#成都美食# 感谢 @辣妹子探店 的推荐']);
    expect(posts[0]!.parts[0]!.anchor.className).toBe('_wbtext_1psp9_14');
  });

  it('leaves the "展开" expander out of a truncated text, and reads the full text once expanded', () => {
    const doc = loadFixture('weibo', 'home-feed.html');
    const before = weibo.findPosts(doc, HOME).find((post) => post.id === 'P3kW2cDe4')!;
    expect(before.parts[0]!.text).toBe('加班到十一点，地铁上看到一位大爷在写毛笔字，写的是“路漫漫其修远兮”。\n突然觉得自己也没那么累了...');
    fixtureApi<HomeFixture>().expandLongText();
    const after = weibo.findPosts(doc, HOME).find((post) => post.id === 'P3kW2cDe4')!;
    expect(after.parts[0]!.text).toBe('加班到十一点，地铁上看到一位大爷在写毛笔字，写的是“路漫漫其修远兮”。\n突然觉得自己也没那么累了。\n明天继续加油💪');
    expect(after.parts[0]!.anchor).toBe(before.parts[0]!.anchor);
  });

  it('follows the content, not the element, when the recycle scroller reuses a row', () => {
    const doc = loadFixture('weibo', 'home-feed.html');
    const anchor = weibo.findPosts(doc, HOME)[0]!.parts[0]!.anchor;
    fixtureApi<HomeFixture>().recycleRow(0, 0);
    const first = weibo.findPosts(doc, HOME)[0]!;
    expect([first.id, first.author, first.locationLabel, first.parts[0]!.text]).toEqual(['P3kYaBcD2', '杭州西湖边', '浙江', '西湖边的桂花开了，整条路都是香的🌼\n周末约起来#杭州#']);
    expect(first.parts[0]!.anchor).toBe(anchor);
    // A row that showed a repost and now shows an original has no retweet any more.
    fixtureApi<HomeFixture>().recycleRow(2, 1);
    expect(weibo.findPosts(doc, HOME).map((post) => post.id)).toEqual(['P3kYaBcD2', 'P3kW2cDe4', 'P3kZbCdE5']);
  });

  it('reads the detail post and its comments and replies with their "来自" regions', () => {
    const posts = weibo.findPosts(loadFixture('weibo', 'detail-page.html'), DETAIL);
    expect(posts.map((post) => [post.kind, post.author, post.locationLabel])).toEqual([
      ['post', '北漂程序员日记', '北京'],
      ['comment', '夜归人小林', '上海'],
      ['reply', '北漂程序员日记', '北京'],
      ['comment', '书法爱好者老周', '河南'],
      ['comment', 'Sam_in_Beijing', '美国'],
    ]);
    expect(posts[0]!.id).toBe('P3kW2cDe4');
    expect(posts.slice(1).map((post) => post.parts[0]!.text)).toEqual([
      '同款加班人，看完莫名被治愈了',
      '回复@夜归人小林:一起加油，早点下班🙏',
      '大爷的字写得真好，这句出自屈原的#离骚#',
      'Same here, long nights in Beijing. Hang in there!',
    ]);
    // The annotation goes after the whole "author:text" line, not inside it.
    expect(posts[1]!.parts[0]!.anchor.className).toBe('text');
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
  });

  it('gives a recycled comment row a new id as soon as it shows another comment', () => {
    const doc = loadFixture('weibo', 'detail-page.html');
    const before = weibo.findPosts(doc, DETAIL).filter((post) => post.kind !== 'post');
    fixtureApi<DetailFixture>().recycleCommentRow(0, 1);
    const after = weibo.findPosts(doc, DETAIL).filter((post) => post.kind !== 'post');
    expect(after).toHaveLength(3);
    expect([after[0]!.author, after[0]!.locationLabel, after[0]!.parts[0]!.text]).toEqual(['川妹子在深圳', '广东', '抱抱楼主，记得吃夜宵🍜']);
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(after[1]!.id).toBe(before[2]!.id);
  });

  it('never reads the compose box', () => {
    const doc = loadFixture('weibo', 'home-feed.html');
    const box = doc.querySelector('textarea')!;
    expect(weibo.findPosts(doc, HOME).some((post) => post.parts.some((part) => box.contains(part.source) || part.source.contains(box)))).toBe(false);
  });

  it('takes the region from "发布于" and "来自" labels only', () => {
    expect(weiboRegion('发布于 北京', '发布于')).toBe('北京');
    expect(weiboRegion('25-3-12 23:12 来自上海', '来自')).toBe('上海');
    expect(weiboRegion('25-3-12 23:12', '来自')).toBeUndefined();
    expect(weiboRegion(undefined, '发布于')).toBeUndefined();
  });
});
