import * as sel from './weibo-mobile.selectors';
import { contentHash, isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';
import { weiboRegion } from './weibo';

function textPart(kind: PostPart['part'], source: Element | null): PostPart[] {
  if (!source || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor: source }] : [];
}

export const weiboMobile: SiteAdapter = {
  id: 'weibo-mobile',
  name: '微博 Weibo (mobile)',
  hosts: ['m.weibo.cn'],
  matches: ['*://m.weibo.cn/*'],

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const cards = doc.querySelectorAll(sel.card);
    // On a detail page the one card is the post in the URL; feed cards carry no id in the DOM.
    const pageId = cards.length === 1 ? url.pathname.match(sel.postIdInPath)?.[1] : undefined;
    for (const card of cards) {
      const parts = textPart('body', card.querySelector(sel.cardText));
      if (parts.length === 0) continue;
      const author = card.querySelector(sel.cardAuthor)?.textContent?.trim() || undefined;
      posts.push({
        siteId: 'weibo-mobile',
        id: pageId ?? `p${contentHash(author ?? '', parts[0]!.text)}`,
        kind: 'post',
        author,
        locationLabel: weiboRegion(card.querySelector(sel.cardInfo)?.textContent?.match(/发布于\s*\S+/u)?.[0], '发布于'),
        parts,
      });
    }
    for (const item of doc.querySelectorAll(sel.comment)) {
      const parts = textPart('text', item.querySelector(sel.commentText));
      const author = item.querySelector(sel.commentAuthor)?.textContent?.trim();
      if (!author || parts.length === 0) continue;
      posts.push({
        siteId: 'weibo-mobile',
        // Comment ids live only in Vue data.
        id: `c${contentHash(author, parts[0]!.text)}`,
        kind: 'comment',
        author,
        locationLabel: weiboRegion(item.querySelector(sel.commentTime)?.textContent, '来自'),
        parts,
      });
    }
    return posts;
  },
};
