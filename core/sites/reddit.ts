import * as sel from './reddit.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

function part(kind: PostPart['part'], source: Element | null): PostPart[] {
  if (!source || isEditable(source)) return [];
  const text = visibleText(source);
  // The title's annotation takes the title's slot (the annotator copies it); the others sit inside their slot.
  return text ? [{ part: kind, text, source, anchor: source }] : [];
}

function author(element: Element): string | undefined {
  const name = element.getAttribute('author');
  return name && name !== '[deleted]' ? name : undefined;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  // Not bare `reddit.com`: hosts match subdomains too, and old.reddit.com is another adapter.
  hosts: ['www.reddit.com', 'new.reddit.com', 'sh.reddit.com'],
  matches: ['*://www.reddit.com/*', '*://new.reddit.com/*', '*://sh.reddit.com/*'],

  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const element of doc.querySelectorAll(sel.post)) {
      const parts = [
        // A card's title is a link (`a[slot="title"]`), the page's an `h1`; a crossposted original's title belongs to it.
        ...part('title', [...element.querySelectorAll(sel.postTitleIn)].find((title) => title.closest(sel.post) === element) ?? null),
        ...part('body', element.querySelector(sel.postBody)),
      ];
      if (parts.length === 0) continue;
      // Feeds show the same component as a card; the comments page shows the post itself.
      const kind = element.getAttribute('view-context') === 'CommentsPage' ? 'post' : 'card';
      posts.push({ siteId: 'reddit', id: element.id, kind, author: author(element), parts });
    }
    for (const element of doc.querySelectorAll(sel.comment)) {
      const parts = part('text', element.querySelector(sel.commentText));
      if (parts.length === 0) continue;
      const kind = (element.getAttribute('depth') ?? '0') === '0' ? 'comment' : 'reply';
      posts.push({ siteId: 'reddit', id: element.getAttribute('thingid')!, kind, author: author(element), parts });
    }
    return posts;
  },
};
