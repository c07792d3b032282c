import * as sel from './douyin.selectors';
import { contentHash, isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

/**
 * True for rows the reader cannot see: the SSR/SEO copies sit in a 0×0
 * overflow-hidden box (or a hidden one). Read from computed style, not
 * layout, so it holds before the page is painted.
 */
export function isHiddenCopy(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const style = view.getComputedStyle(current);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    if (style.overflow === 'hidden' && parseFloat(style.width) === 0 && parseFloat(style.height) === 0) return true;
  }
  return false;
}

function textPart(kind: PostPart['part'], source: Element | null | undefined): PostPart[] {
  if (!source || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor: source }] : [];
}

function findVideo(info: Element, doc: Document): PostRecord | undefined {
  const parts = textPart('body', info.querySelector(sel.videoCaption));
  if (parts.length === 0) return undefined;
  const nickname = info.querySelector(sel.feedNickname)?.textContent?.trim().replace(/^@/, '');
  return {
    siteId: 'douyin',
    id: info.getAttribute('data-e2e-aweme-id')!,
    kind: 'post',
    author: nickname || doc.querySelector(sel.detailAuthor)?.textContent?.trim() || undefined,
    parts,
  };
}

function findComment(item: Element): PostRecord | undefined {
  // The row's own author line, not one of its replies'.
  const info = [...item.querySelectorAll(sel.commentInfo)].find((el) => el.closest(sel.comment) === item);
  const source = info?.nextElementSibling;
  if (!info || !source || source.matches(sel.commentStats)) return undefined;
  const parts = textPart('text', source);
  const author = info.querySelector(sel.commentAuthor);
  if (!author || parts.length === 0) return undefined;
  const user = author.getAttribute('href')?.match(sel.userInHref)?.[1] ?? '';
  const meta = source.nextElementSibling;
  return {
    siteId: 'douyin',
    // Comment ids live only in React props; author and text follow the content through re-renders.
    id: `c${contentHash(user, parts[0]!.text)}`,
    kind: item.parentElement?.closest(sel.comment) ? 'reply' : 'comment',
    author: author.textContent?.trim() || undefined,
    locationLabel: meta && !meta.matches(sel.commentStats) ? meta.textContent?.match(sel.locationAfterDot)?.[1] : undefined,
    parts,
  };
}

export const douyin: SiteAdapter = {
  id: 'douyin',
  name: '抖音 Douyin',
  hosts: ['douyin.com'],
  matches: ['*://www.douyin.com/*'],

  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const info of doc.querySelectorAll(sel.videoInfo)) {
      const video = isHiddenCopy(info) ? undefined : findVideo(info, doc);
      if (video) posts.push(video);
    }
    for (const item of doc.querySelectorAll(sel.comment)) {
      const comment = isHiddenCopy(item) ? undefined : findComment(item);
      if (comment) posts.push(comment);
    }
    return posts;
  },
};
