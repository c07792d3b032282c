import * as sel from './instagram.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

export function shortcodeFromPath(pathname: string): string | undefined {
  return pathname.match(sel.shortcodeInPath)?.[1];
}

function part(kind: PostPart['part'], source: Element | null, anchor: Element | null = source): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

const textOf = (element: Element | null | undefined) => element?.textContent?.trim() || undefined;

/** The comment a list item holds, read from its own permalink (not a nested reply's). */
function commentId(item: Element): { id: string; reply: boolean } | undefined {
  for (const link of item.querySelectorAll(sel.commentPermalink)) {
    if (link.closest('li') !== item) continue;
    const match = link.getAttribute('href')?.match(sel.commentPermalinkId);
    if (match) return { id: match[2] ?? match[1]!, reply: match[2] !== undefined };
  }
  return undefined;
}

/**
 * Where the open post lives: a dialog over the feed when one holds a caption,
 * else the page's main. While the dialog is open the feed behind it is left
 * alone: it is covered, and the same post in both places would share one key.
 */
function postScope(doc: Document): { scope: Element | null; dialog: boolean } {
  for (const dialog of doc.querySelectorAll(sel.postDialog)) {
    if (dialog.querySelector(sel.captionInScope)) return { scope: dialog, dialog: true };
  }
  return { scope: doc.querySelector('main'), dialog: false };
}

function caption(scope: Element, url: URL): PostRecord[] {
  const code = shortcodeFromPath(url.pathname);
  const heading = scope.querySelector(sel.captionInScope);
  if (!code || !heading) return [];
  const parts = part('body', heading);
  if (parts.length === 0) return [];
  return [
    {
      siteId: 'instagram',
      id: code,
      kind: 'post',
      author: textOf(heading.closest('li')?.querySelector('h2')),
      locationLabel: textOf(scope.querySelector(sel.locationInScope)),
      parts,
    },
  ];
}

function comments(scope: Element): PostRecord[] {
  const posts: PostRecord[] = [];
  for (const heading of scope.querySelectorAll(sel.commentAuthorInScope)) {
    const item = heading.closest('li');
    const block = heading.nextElementSibling;
    const ids = item && commentId(item);
    if (!ids || !block) continue;
    // The text block is also the anchor: the row around it is a flex row (avatar | text | like).
    const parts = part('text', block.querySelector(sel.commentText), block);
    if (parts.length === 0) continue;
    posts.push({ siteId: 'instagram', id: ids.id, kind: ids.reply ? 'reply' : 'comment', author: textOf(heading), parts });
  }
  return posts;
}

function feedPosts(doc: Document): PostRecord[] {
  const posts: PostRecord[] = [];
  for (const article of doc.querySelectorAll(sel.feedPost)) {
    const href = article.querySelector(sel.feedPermalink)?.closest('a')?.getAttribute('href');
    const code = href ? shortcodeFromPath(href) : undefined;
    const caption = article.querySelector(sel.feedCaption);
    // The caption is clamped inside inline spans: the annotation goes after its whole block.
    const parts = part('body', caption, caption?.closest('div') ?? null);
    if (!code || parts.length === 0) continue;
    posts.push({
      siteId: 'instagram',
      id: code,
      kind: 'post',
      author: textOf(article.querySelector(sel.feedAuthor)),
      locationLabel: textOf(article.querySelector(sel.locationInScope)),
      parts,
    });
  }
  return posts;
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com'],
  matches: ['*://www.instagram.com/*'],

  /** On a post page or in the dialog, the caption and comments scroll in the list that holds them. */
  scrollRoot: (doc) => postScope(doc).scope?.querySelector(sel.captionInScope)?.closest('ul')?.parentElement ?? null,

  findPosts(doc, url) {
    const { scope, dialog } = postScope(doc);
    if (!scope) return [];
    return [...caption(scope, url), ...comments(scope), ...(dialog ? [] : feedPosts(doc))];
  },
};
