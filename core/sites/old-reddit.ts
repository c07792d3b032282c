import * as sel from './old-reddit.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

function part(kind: PostPart['part'], source: Element | null, anchor: Element | null = source): PostPart[] {
  if (!source || !anchor || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor }] : [];
}

export const oldReddit: SiteAdapter = {
  id: 'old-reddit',
  name: 'Reddit (old)',
  hosts: ['old.reddit.com'],
  matches: ['*://old.reddit.com/*'],

  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const thing of doc.querySelectorAll(`${sel.link}, ${sel.comment}`)) {
      const id = thing.getAttribute('data-fullname')!;
      const isLink = id.startsWith('t3_');
      const title = isLink ? thing.querySelector(sel.title) : null;
      // The title's annotation goes after its whole line (title, domain, flair), not inside it.
      const parts = [...part('title', title, title?.closest('p.title') ?? null), ...part(isLink ? 'body' : 'text', thing.querySelector(sel.body))];
      if (parts.length === 0) continue;
      const nested = !isLink && thing.parentElement?.closest('.thing.comment') !== null;
      posts.push({
        siteId: 'old-reddit',
        id,
        kind: isLink ? 'post' : nested ? 'reply' : 'comment',
        author: thing.getAttribute('data-author') ?? (thing.querySelector(sel.author)?.textContent?.trim() || undefined),
        parts,
      });
    }
    return posts;
  },
};
