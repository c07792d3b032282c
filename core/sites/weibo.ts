import * as sel from './weibo.selectors';
import { contentHash, isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

/** "发布于 北京" (posts) or "25-3-12 23:12 来自上海" (comments) → "北京" / "上海". */
export function weiboRegion(label: string | null | undefined, marker: '发布于' | '来自'): string | undefined {
  const match = label?.trim().match(new RegExp(`${marker}\\s*(\\S{1,12})$`, 'u'));
  return match?.[1];
}

/** The text a reader sees, without the site's own "展开" expander. */
export function textWithout(source: Element, unwanted: string): string {
  if (!source.querySelector(unwanted)) return visibleText(source);
  const copy = source.cloneNode(true) as Element;
  for (const node of copy.querySelectorAll(unwanted)) node.remove();
  return visibleText(copy);
}

function textPart(kind: PostPart['part'], source: Element | null, anchor: Element | null): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = textWithout(source, sel.postExpander);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

function findPost(article: Element): PostRecord | undefined {
  const id = article.querySelector(sel.postPermalink)?.getAttribute('href')?.match(sel.permalinkId)?.[1];
  const body = article.querySelector(sel.postBody);
  const parts = textPart('body', body, body);
  if (!id || parts.length === 0) return undefined;
  return {
    siteId: 'weibo',
    id,
    kind: 'post',
    author: article.querySelector(sel.postAuthor)?.getAttribute('title') ?? undefined,
    locationLabel: weiboRegion(article.querySelector(sel.postIp)?.getAttribute('title'), '发布于'),
    parts,
  };
}

/** The retweeted original: "@author" and its text; its mid is in Vue data only. */
function findRetweet(article: Element): PostRecord | undefined {
  const block = article.querySelector(sel.retweet);
  const text = block?.querySelector(sel.retweetText) ?? null;
  const parts = textPart('body', text, text);
  if (!block || parts.length === 0) return undefined;
  const author = block.querySelector(sel.retweetAuthor)?.textContent?.trim().replace(/^@/, '') || undefined;
  // Keyed by the original's own mblogid when its time link is shown, so the same original shared twice is one post.
  const mblogid = block.querySelector(sel.retweetPermalink)?.getAttribute('href')?.match(sel.permalinkId)?.[1];
  return { siteId: 'weibo', id: mblogid ?? `r${contentHash(author ?? '', parts[0]!.text)}`, kind: 'post', author, parts };
}

function findComment(item: Element, kind: 'comment' | 'reply'): PostRecord | undefined {
  const line = item.querySelector(sel.commentTextLine);
  const parts = textPart('text', line?.querySelector(sel.commentContent) ?? null, line);
  const author = line?.querySelector(sel.commentAuthor);
  if (!author || parts.length === 0) return undefined;
  const uid = author.getAttribute('href')!.match(/\/u\/(\d+)/)?.[1] ?? '';
  return {
    siteId: 'weibo',
    // The comment id lives only in Vue data; author and text follow the content through recycled rows.
    id: `c${uid}-${contentHash(uid, parts[0]!.text)}`,
    kind,
    author: author.textContent?.trim() || undefined,
    locationLabel: weiboRegion(item.querySelector(sel.commentInfo)?.textContent, '来自'),
    parts,
  };
}

export const weibo: SiteAdapter = {
  id: 'weibo',
  name: '微博 Weibo',
  hosts: ['weibo.com'],
  matches: ['*://weibo.com/*', '*://www.weibo.com/*'],

  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const article of doc.querySelectorAll(sel.post)) {
      for (const post of [findPost(article), findRetweet(article)]) if (post) posts.push(post);
    }
    for (const item of doc.querySelectorAll(`${sel.comment}, ${sel.reply}`)) {
      const comment = findComment(item, item.matches(sel.reply) ? 'reply' : 'comment');
      if (comment) posts.push(comment);
    }
    return posts;
  },
};
