// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureApi, loadFixture } from '../../test/unit/fixture-dom';
import { bilibili, commentShadowRoots } from './bilibili';

const VIDEO = new URL('https://www.bilibili.com/video/BV1Fy4y1c7Qm?spm_id_from=333.1007');
const DYNAMIC = new URL('https://t.bilibili.com/');

interface VideoFixture {
  rerenderCommentText(i: number): void;
  rerenderThread(i: number): void;
  rerenderAll(): void;
  editCommentText(i: number, message: string): void;
  expandReplies(): void;
  appendComment(): void;
}

const comments = (doc: Document) => bilibili.findPosts(doc, VIDEO).filter((post) => post.kind === 'comment' || post.kind === 'reply');

describe('Bilibili adapter', () => {
  it('reads the video title by its BV id', () => {
    const [title] = bilibili.findPosts(loadFixture('bilibili', 'video-page.html'), VIDEO);
    expect(title).toMatchObject({ id: 'BV1Fy4y1c7Qm', kind: 'post' });
    expect(title!.parts.map((part) => [part.part, part.text])).toEqual([['title', '【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道']]);
  });

  it('reads comments and replies through the nested shadow roots, with the anchor inside bili-rich-text', () => {
    const found = comments(loadFixture('bilibili', 'video-page.html'));
    expect(found.map((c) => [c.kind, c.author, c.parts[0]!.text])).toEqual([
      ['comment', '星河入梦', '这个视频剪得太好了吧！BGM一响我直接起鸡皮疙瘩'],
      ['reply', '吃瓜群众小王', '回复 @星河入梦 :同感，尤其是最后那段😭'],
      ['comment', 'UP主的小迷弟', '@阿伟在学习 快来看，你要的教程来了'],
      ['comment', 'Alice_Chen', 'Watching from Canada, the editing is amazing!'],
    ]);
    const anchor = found[0]!.parts[0]!.anchor;
    expect(anchor.id).toBe('contents');
    expect((anchor.getRootNode() as ShadowRoot).host.localName).toBe('bili-rich-text');
    expect(found[0]!.id).toMatch(/^c3493118000001-/);
    // The IP region is in `__data` only; nothing rendered is mistaken for it.
    expect(found.every((c) => c.locationLabel === undefined)).toBe(true);
  });

  it('keeps ids when the site wipes and rebuilds shadow roots, and changes them when the text changes', () => {
    const doc = loadFixture('bilibili', 'video-page.html');
    const api = fixtureApi<VideoFixture>();
    const ids = comments(doc).map((c) => c.id);
    const anchor = comments(doc)[0]!.parts[0]!.anchor;
    api.rerenderCommentText(0);
    api.rerenderThread(1);
    api.rerenderAll();
    const after = comments(doc);
    expect(after.map((c) => c.id)).toEqual(ids);
    expect(after[0]!.parts[0]!.anchor).not.toBe(anchor);
    api.editCommentText(0, '改一下：BGM是哪首？');
    expect(comments(doc)[0]!.id).not.toBe(ids[0]);
  });

  it('sees expanded replies and lazily loaded comments', () => {
    const doc = loadFixture('bilibili', 'video-page.html');
    const api = fixtureApi<VideoFixture>();
    api.expandReplies();
    api.appendComment();
    expect(comments(doc).map((c) => [c.kind, c.author])).toEqual([
      ['comment', '星河入梦'],
      ['reply', '吃瓜群众小王'],
      ['reply', '老粉一枚'],
      ['comment', 'UP主的小迷弟'],
      ['comment', 'Alice_Chen'],
      ['comment', '路过的猫'],
    ]);
  });

  it('points the annotator at every bili-* shadow root under the comment section, and at nothing else', () => {
    const doc = loadFixture('bilibili', 'video-page.html');
    const roots = commentShadowRoots(doc);
    const hosts = roots.map((root) => root.host.localName);
    expect(hosts[0]).toBe('bili-comments');
    expect(hosts.filter((name) => name === 'bili-comment-thread-renderer')).toHaveLength(3);
    expect(hosts.filter((name) => name === 'bili-rich-text')).toHaveLength(4);
    expect(hosts.every((name) => name.startsWith('bili-'))).toBe(true);
    // A Ferry annotation drawn inside a root is not walked into.
    const anchor = comments(doc)[0]!.parts[0]!.anchor;
    const ferry = document.createElement('ferry-annotation');
    ferry.setAttribute('data-ferry', 'annotation');
    ferry.attachShadow({ mode: 'open' });
    anchor.after(ferry);
    expect(commentShadowRoots(doc)).toHaveLength(roots.length);
    expect(new Set(roots).size).toBe(roots.length);
  });

  it('never reads the comment box', () => {
    const doc = loadFixture('bilibili', 'video-page.html');
    const header = commentShadowRoots(doc).find((root) => root.host.localName === 'bili-comments-header-renderer')!;
    const box = header.querySelector('textarea')!;
    expect(bilibili.findPosts(doc, VIDEO).every((post) => post.parts.every((part) => part.source.getRootNode() !== header && !part.source.contains(box)))).toBe(true);
  });

  it('reads dynamic-feed posts and their video cards', () => {
    const posts = bilibili.findPosts(loadFixture('bilibili', 'dynamic-feed.html'), DYNAMIC);
    expect(posts.map((post) => [post.kind, post.author, post.parts[0]!.part, post.parts[0]!.text])).toEqual([
      ['post', '山城漫游记', 'text', '新视频来啦！这次带大家走遍重庆的山城步道 #重庆旅行#'],
      ['card', '山城漫游记', 'title', '【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道'],
      ['post', '游戏区老张', 'text', '周末直播通宵打新游戏，@阿伟在学习 记得来捧场！'],
    ]);
    expect(posts[1]!.id).toBe('BV1Fy4y1c7Qm');
    expect(posts[0]!.id).toMatch(/^d[0-9a-z]{7}$/);
  });
});

describe('Bilibili forwarded dynamics', () => {
  it("gives the sharer's words and the forwarded original one post each, keyed by their own content", () => {
    const doc = loadFixture('bilibili', 'dynamic-feed.html');
    // The structure public extensions read on t.bilibili.com: forw__desc, then the original under orig.reference.
    const item = doc.querySelector('.bili-dyn-list__item')!;
    const content = item.querySelector('.bili-dyn-content')!;
    const original = content.querySelector('.bili-dyn-content__orig')!;
    original.classList.add('reference');
    const originalAuthor = doc.createElement('div');
    originalAuthor.className = 'dyn-orig-author';
    originalAuthor.innerHTML = '<span class="dyn-orig-author__name">@山城漫游记</span>';
    original.prepend(originalAuthor);
    const forw = doc.createElement('div');
    forw.className = 'bili-dyn-content__forw__desc';
    forw.innerHTML = '<div class="bili-rich-text"><div class="bili-rich-text__content"><span>转发一下，重庆真的好玩</span></div></div>';
    content.prepend(forw);
    item.querySelector('.bili-dyn-title__text')!.textContent = '火锅爱好者';

    const posts = bilibili.findPosts(doc, DYNAMIC).filter((post) => item.contains(post.parts[0]!.source));
    expect(posts.map((post) => [post.kind, post.author, post.parts[0]!.text])).toEqual([
      ['post', '火锅爱好者', '转发一下，重庆真的好玩'],
      ['post', '山城漫游记', '新视频来啦！这次带大家走遍重庆的山城步道 #重庆旅行#'],
      ['card', '火锅爱好者', '【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道'],
    ]);
    expect(posts[0]!.id).toMatch(/^d/);
    expect(posts[1]!.id).toMatch(/^o/);
    expect(posts[0]!.parts[0]!.anchor.closest('.bili-dyn-content__orig')).toBeNull();
    expect(posts[1]!.parts[0]!.anchor.closest('.bili-dyn-content__orig.reference')).toBe(original);
  });
});

describe('Bilibili comment sections outside the video page', () => {
  it('reads every bili-comments section wherever the page puts it', () => {
    const doc = loadFixture('bilibili', 'video-page.html');
    const section = doc.querySelector('#commentapp > bili-comments')!;
    // A dynamic detail page mounts the same component under its own container.
    const elsewhere = doc.createElement('div');
    elsewhere.className = 'bili-dyn-item__panel';
    doc.body.append(elsewhere);
    elsewhere.append(section);
    expect(comments(doc)).toHaveLength(4);
    expect(commentShadowRoots(doc)[0]!.host).toBe(section);
  });
});
