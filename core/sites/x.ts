import * as sel from './x.selectors';
import { isEditable, visibleText } from './text';
import type { PostKind, PostPart, PostRecord, SiteAdapter } from './types';

const TEXT_OPTIONS = { emojiImages: true, breaksAtBlocks: false } as const;

export function statusIdFromHref(href: string | null | undefined): string | undefined {
  return href?.match(sel.statusIdInPath)?.[1];
}

/** The status id of the permalink around a `<time>` inside `scope` that is not inside `exclude`. */
function permalinkId(scope: Element, exclude: readonly Element[] = []): string | undefined {
  for (const time of scope.querySelectorAll(sel.permalinkTime)) {
    if (exclude.some((skip) => skip.contains(time))) continue;
    const id = statusIdFromHref(time.parentElement?.getAttribute('href'));
    if (id) return id;
  }
  return undefined;
}

function isRowFlex(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return /flex/.test(style.display) && (style.flexDirection === 'row' || style.flexDirection === 'row-reverse');
}

/**
 * Where the annotation goes: after the text (or after its "Show more"
 * link), lifted out of any flex row so it lands below the text instead of
 * squeezing in beside it. Never above `stop` (the tweet or the quote card).
 */
export function annotationAnchor(text: Element, stop: Element): Element {
  let anchor = text;
  const more = text.nextElementSibling;
  if (more?.matches(sel.showMore)) anchor = more;
  while (anchor.parentElement && anchor.parentElement !== stop && stop.contains(anchor.parentElement) && isRowFlex(anchor.parentElement)) {
    anchor = anchor.parentElement;
  }
  return anchor;
}

function textPart(text: Element | undefined, stop: Element): PostPart[] {
  if (!text || isEditable(text)) return [];
  const value = visibleText(text, TEXT_OPTIONS);
  return value ? [{ part: 'text', text: value, source: text, anchor: annotationAnchor(text, stop) }] : [];
}

function handleOf(scope: Element, exclude: readonly Element[] = []): string | undefined {
  for (const name of scope.querySelectorAll(sel.userName)) {
    if (exclude.some((skip) => skip.contains(name))) continue;
    const handle = [...name.querySelectorAll('a[href^="/"], span')].map((el) => el.textContent?.trim() ?? '').find((value) => /^@\w{1,15}$/.test(value));
    if (handle) return handle;
  }
  return undefined;
}

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  matches: ['*://x.com/*', '*://mobile.x.com/*', '*://twitter.com/*', '*://mobile.twitter.com/*'],

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const focalId = statusIdFromHref(url.pathname);
    let pastFocal = false;
    for (const tweet of doc.querySelectorAll(sel.tweet)) {
      // A tweet drawn inside another one is that one's quote, handled below.
      if (tweet.parentElement?.closest(sel.tweet)) continue;
      const quotes = [...tweet.querySelectorAll(sel.quote)].filter((card) => card.querySelector(sel.tweetText));
      const id = permalinkId(tweet, quotes);
      if (!id) continue;
      // On a status page, tweets below the focal one are its replies.
      let kind: PostKind = 'post';
      if (focalId && id === focalId) pastFocal = true;
      else if (pastFocal) kind = 'reply';
      const mainText = [...tweet.querySelectorAll(sel.tweetText)].find((text) => !quotes.some((card) => card.contains(text)));
      const parts = textPart(mainText, tweet);
      if (parts.length > 0) posts.push({ siteId: 'x', id, kind, author: handleOf(tweet, quotes), parts });
      for (const card of quotes) {
        // The quoted tweet is its own post, keyed by its own status id.
        const quoteId = permalinkId(card) ?? `${id}-quote`;
        const quoteParts = textPart(card.querySelector(sel.tweetText) ?? undefined, card);
        if (quoteParts.length > 0) posts.push({ siteId: 'x', id: quoteId, kind: 'post', author: handleOf(card), parts: quoteParts });
      }
    }
    return posts;
  },
};
