import * as sel from './youtube.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

// Comment text is pre-wrap spans with `\n`; channel emoji are images whose alt is a name, not an emoji.
const TEXT_OPTIONS = { emojiImages: true, breaksAtBlocks: false } as const;

function part(kind: PostPart['part'], source: Element | null | undefined, anchor: Element | null | undefined = source): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = visibleText(source, TEXT_OPTIONS);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

export function commentIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, 'https://www.youtube.com').searchParams.get('lc') ?? undefined;
  } catch {
    return undefined;
  }
}

function videoPost(doc: Document, url: URL): PostRecord | undefined {
  const id = doc.querySelector(sel.watch)?.getAttribute('video-id') || url.searchParams.get('v');
  if (!id) return undefined;
  const box = doc.querySelector(sel.description);
  // The whole description when the page has it (expanding only flips attributes, which draws no rescan), else the clamped snippet.
  const full = box?.querySelector(sel.descriptionExpanded);
  const description = full && visibleText(full, TEXT_OPTIONS) ? full : box?.querySelector(sel.descriptionSnippet);
  const parts = [...part('title', doc.querySelector(sel.videoTitle)), ...part('body', description, box)];
  if (parts.length === 0) return undefined;
  return { siteId: 'youtube', id, kind: 'post', author: doc.querySelector(sel.channelName)?.textContent?.trim() || undefined, parts };
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com'],
  matches: ['*://www.youtube.com/*'],

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const video = url.pathname === '/watch' ? videoPost(doc, url) : undefined;
    if (video) posts.push(video);
    for (const comment of doc.querySelectorAll(sel.comment)) {
      const id = commentIdFromHref(comment.querySelector(sel.commentPermalink)?.getAttribute('href'));
      const text = comment.querySelector(sel.commentText);
      // Below the clamped expander (and its "Read more"), not inside it, so the clamp cannot cut the translation.
      const parts = part('text', text, text?.closest('ytd-expander') ?? text);
      if (!id || parts.length === 0) continue;
      posts.push({
        siteId: 'youtube',
        id,
        kind: comment.closest('ytd-comment-replies-renderer') ? 'reply' : 'comment',
        author: comment.querySelector(sel.commentAuthor)?.textContent?.trim() || undefined,
        parts,
      });
    }
    return posts;
  },
};
