import * as sel from './xiaohongshu.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

/** The trailing region of "编辑于 03-12 四川" or "2天前 湖南"; absent when the site shows none. */
export function parseNoteLocation(dateLine: string): string | undefined {
  const match = dateLine.trim().match(/(?:^|\s)([^\s\d:：\-/.]{2,12})$/u);
  if (!match) return undefined;
  const label = match[1]!;
  // Relative dates ("刚刚", "昨天") are not places.
  return /^(刚刚|昨天|前天|今天)$/u.test(label) ? undefined : label;
}

export function noteIdFromUrl(url: URL): string | undefined {
  return url.pathname.match(sel.noteIdInPath)?.[1];
}

/** A feed card's note id, from its cover link (/explore/<id>?xsec_token=… or /search_result/<id>). */
function cardNoteId(card: Element): string | undefined {
  const href = card.querySelector(sel.cardLink)?.getAttribute('href');
  if (!href) return undefined;
  try {
    return noteIdFromUrl(new URL(href, 'https://www.xiaohongshu.com'));
  } catch {
    return undefined;
  }
}

function feedCards(doc: Document): PostRecord[] {
  const cards: PostRecord[] = [];
  for (const card of doc.querySelectorAll(sel.feedCard)) {
    const id = cardNoteId(card);
    const title = card.querySelector(sel.cardTitle);
    // The annotation goes after the title link, so the card's own link keeps only the original.
    const parts = part('title', title?.querySelector(sel.cardTitleText) ?? title ?? null, title);
    if (!id || parts.length === 0) continue;
    cards.push({ siteId: 'xiaohongshu', id, kind: 'card', author: card.querySelector(sel.cardAuthor)?.textContent?.trim() || undefined, parts });
  }
  return cards;
}

function part(kind: PostPart['part'], source: Element | null, anchor: Element | null = source): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

export const xiaohongshu: SiteAdapter = {
  id: 'xiaohongshu',
  name: '小红书 Xiaohongshu',
  hosts: ['xiaohongshu.com'],
  matches: ['*://www.xiaohongshu.com/*'],

  scrollRoot: (doc) => doc.querySelector(sel.scrollRoot),

  findPosts(doc, url) {
    const posts: PostRecord[] = feedCards(doc);
    const container = doc.querySelector(sel.noteContainer);
    if (!container) return posts;
    const noteId = noteIdFromUrl(url);
    if (noteId) {
      const dateLine = doc.querySelector(sel.noteDate)?.textContent ?? '';
      const parts = [...part('title', doc.querySelector(sel.noteTitle)), ...part('body', doc.querySelector(sel.noteBody))];
      if (parts.length > 0) {
        posts.push({
          siteId: 'xiaohongshu',
          id: noteId,
          kind: 'post',
          author: doc.querySelector(sel.noteAuthor)?.textContent?.trim() || undefined,
          locationLabel: parseNoteLocation(dateLine),
          parts,
        });
      }
    }
    for (const item of doc.querySelectorAll(sel.comment)) {
      const id = item.id.slice('comment-'.length);
      const content = item.querySelector(sel.commentContent);
      const text = content?.querySelector(sel.commentText) ?? content;
      const parts = part('text', text ?? null, content);
      if (!id || parts.length === 0) continue;
      posts.push({
        siteId: 'xiaohongshu',
        id,
        kind: item.classList.contains('comment-item-sub') ? 'reply' : 'comment',
        author: item.querySelector(sel.commentAuthor)?.textContent?.trim() || undefined,
        locationLabel: item.querySelector(sel.commentLocation)?.textContent?.trim() || undefined,
        parts,
      });
    }
    return posts;
  },
};
