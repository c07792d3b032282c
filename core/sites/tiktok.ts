import * as sel from './tiktok.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

export function videoIdFromUrl(url: URL): string | undefined {
  return url.pathname.match(sel.videoIdInPath)?.[1];
}

function part(kind: PostPart['part'], source: Element | null, anchor: Element | null = source): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

/** The row of `column` that holds `element`, so the annotation lands below the row, not inside its flex layout or clamp. */
function rowOf(element: Element, column: Element | null): Element {
  let row = element;
  while (column && row.parentElement && row.parentElement !== column) row = row.parentElement;
  return column?.contains(row) ? row : element;
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  matches: ['*://www.tiktok.com/*'],

  scrollRoot: (doc) => doc.querySelector(sel.scrollRoot),

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const videoId = videoIdFromUrl(url);
    const caption = doc.querySelector(sel.caption);
    if (videoId && caption) {
      const parts = part('body', caption, rowOf(caption, caption.closest(sel.descriptionColumn)));
      if (parts.length > 0) {
        posts.push({ siteId: 'tiktok', id: videoId, kind: 'post', author: doc.querySelector(sel.videoAuthor)?.textContent?.trim() || undefined, parts });
      }
    }
    for (const item of doc.querySelectorAll(sel.comment)) {
      const row = item.querySelector(sel.commentRow);
      const id = row?.id ?? '';
      const text = row?.querySelector(sel.commentText) ?? null;
      const parts = part('text', text);
      if (!sel.commentIdPattern.test(id) || parts.length === 0) continue;
      posts.push({
        siteId: 'tiktok',
        id,
        kind: text!.getAttribute('data-e2e') === 'comment-level-2' ? 'reply' : 'comment',
        author: row!.querySelector(sel.commentAuthor)?.textContent?.trim() || undefined,
        parts,
      });
    }
    return posts;
  },
};
