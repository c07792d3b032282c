import * as sel from './threads.selectors';
import { isEditable, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

export function postCodeFromUrl(url: URL): string | undefined {
  return url.pathname.match(sel.postCodeInPath)?.[1];
}

/** The first match inside `container` itself, not inside a post nested in it (a quoted post). */
function own(container: Element, selector: string, accept: (element: Element) => boolean = () => true): Element | undefined {
  for (const element of container.querySelectorAll(selector)) {
    if (element.closest(sel.post) === container && accept(element)) return element;
  }
  return undefined;
}

function textPart(container: Element): PostPart[] {
  const source = own(container, sel.textCandidate, (span) => !span.closest(sel.notText));
  // The span is clamped in lists: the annotation goes after the block around it, outside the clamp.
  const anchor = source?.closest('div');
  if (!source || !anchor || isEditable(source) || !container.contains(anchor)) return [];
  const text = visibleText(source);
  return text ? [{ part: 'text', text, source, anchor }] : [];
}

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: ['threads.com', 'threads.net'],
  matches: ['*://www.threads.com/*', '*://www.threads.net/*'],

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const pageCode = postCodeFromUrl(url);
    let afterMain = false;
    for (const container of doc.querySelectorAll(sel.post)) {
      const code = own(container, sel.permalink)?.getAttribute('href')?.match(sel.permalinkCode)?.[1];
      const parts = textPart(container);
      if (pageCode && code === pageCode) afterMain = true;
      if (!code || parts.length === 0) continue;
      posts.push({
        siteId: 'threads',
        id: code,
        // On a post page, what follows the post is its replies; the feed and the thread above are posts.
        kind: afterMain && code !== pageCode ? 'reply' : 'post',
        author: own(container, sel.authorLink, (link) => link.textContent!.trim() !== '')?.textContent?.trim(),
        parts,
      });
    }
    return posts;
  },
};
