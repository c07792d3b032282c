import * as sel from './tiktok.selectors';
import { contentHash, isEditable, visibleText } from './text';
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
      const text = row?.querySelector(sel.commentText) ?? null;
      const parts = part('text', text);
      if (!row || parts.length === 0) continue;
      const author = row.querySelector(sel.commentAuthor)?.textContent?.trim() || undefined;
      // A row without TikTok's id (a redesign) is keyed by its author and text, so a recycled row still gets a new key.
      const id = sel.commentIdPattern.test(row.id) ? row.id : `h${contentHash(author ?? '', parts[0]!.text)}`;
      posts.push({ siteId: 'tiktok', id, kind: text!.getAttribute('data-e2e') === 'comment-level-2' ? 'reply' : 'comment', author, parts });
    }
    return posts;
  },
};
