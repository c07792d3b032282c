import * as sel from './bilibili.selectors';
import { askPageForData, bridgedLocation, bridgedNumericId } from './page-bridge';
import { contentHash, isEditable, isFerryNode, visibleText } from './text';
import type { PostPart, PostRecord, SiteAdapter } from './types';

function textPart(kind: PostPart['part'], source: Element | null | undefined): PostPart[] {
  if (!source || isEditable(source)) return [];
  const text = visibleText(source);
  return text ? [{ part: kind, text, source, anchor: source }] : [];
}

/** The open shadow root of the first `selector` match in `root`, if rendered yet. */
function shadowOf(root: ParentNode | null | undefined, selector: string): ShadowRoot | null {
  return root?.querySelector(selector)?.shadowRoot ?? null;
}

/** A comment or reply renderer's shadow root → its record; the text is inside bili-rich-text's own root. */
function readComment(root: ShadowRoot, kind: 'comment' | 'reply'): PostRecord | undefined {
  const user = shadowOf(root, sel.userInfo)?.querySelector(sel.userName);
  const parts = textPart('text', shadowOf(root, sel.richText)?.querySelector(sel.richTextContents));
  if (!user || parts.length === 0) return undefined;
  const uid = user.getAttribute(sel.userIdAttribute) ?? '';
  // The rpid and IP label live only in `__data`; the page bridge copies them when it runs (Chromium),
  // otherwise the comment is keyed by its author and text.
  const rpid = bridgedNumericId(root.host);
  return {
    siteId: 'bilibili',
    id: rpid ? `r${rpid}` : `c${uid}-${contentHash(uid, parts[0]!.text)}`,
    kind,
    author: user.textContent?.trim() || undefined,
    locationLabel: bridgedLocation(root.host),
    parts,
  };
}

function findComments(doc: Document): PostRecord[] {
  const posts: PostRecord[] = [];
  if (doc.querySelector(sel.commentsHost)) askPageForData(doc);
  const threads = [...doc.querySelectorAll(sel.commentsHost)].flatMap((host) => [...(host.shadowRoot?.querySelectorAll(sel.thread) ?? [])]);
  for (const thread of threads) {
    const root = thread.shadowRoot;
    const comment = shadowOf(root, sel.threadComment);
    const record = comment && readComment(comment, 'comment');
    if (record) posts.push(record);
    for (const reply of shadowOf(root, sel.threadReplies)?.querySelectorAll(sel.reply) ?? []) {
      const replyRecord = reply.shadowRoot && readComment(reply.shadowRoot, 'reply');
      if (replyRecord) posts.push(replyRecord);
    }
  }
  return posts;
}

function findDynamics(doc: Document): PostRecord[] {
  const posts: PostRecord[] = [];
  for (const item of doc.querySelectorAll(sel.dynamicItem)) {
    const author = item.querySelector(sel.dynamicAuthor)?.textContent?.trim() || undefined;
    const forwarded = item.querySelector(sel.dynamicForwarded);
    // The sharer's own words; the forwarded original's text is a post of its own.
    const ownText = [...item.querySelectorAll(sel.dynamicText)].find((text) => !forwarded?.contains(text)) ?? null;
    const parts = textPart('text', ownText);
    if (parts.length > 0) {
      // Dynamic ids live only in Vue data.
      posts.push({ siteId: 'bilibili', id: `d${contentHash(author ?? '', parts[0]!.text)}`, kind: 'post', author, parts });
    }
    if (forwarded) {
      const originalAuthor = forwarded.querySelector(sel.dynamicForwardedAuthor)?.textContent?.trim().replace(/^@/, '') || undefined;
      const originalParts = textPart('text', forwarded.querySelector(':scope .bili-rich-text__content'));
      if (originalParts.length > 0) {
        posts.push({ siteId: 'bilibili', id: `o${contentHash(originalAuthor ?? '', originalParts[0]!.text)}`, kind: 'post', author: originalAuthor, parts: originalParts });
      }
    }
    const card = item.querySelector(sel.dynamicVideoCard);
    const cardId = card?.getAttribute('href')?.match(sel.videoIdInPath)?.[1];
    const cardParts = textPart('title', card?.querySelector(sel.dynamicVideoCardTitle));
    if (cardId && cardParts.length > 0) posts.push({ siteId: 'bilibili', id: cardId, kind: 'card', author, parts: cardParts });
  }
  return posts;
}

/** Every open shadow root under the comment section, for the annotator to observe. */
export function commentShadowRoots(doc: Document): ShadowRoot[] {
  const roots = [...doc.querySelectorAll(sel.commentsHost)].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) {
      // The site's components only: Ferry's own annotation hosts have shadow roots too.
      if (element.shadowRoot && element.localName.startsWith('bili-') && !isFerryNode(element)) roots.push(element.shadowRoot);
    }
  }
  return roots;
}

export const bilibili: SiteAdapter = {
  id: 'bilibili',
  name: '哔哩哔哩 Bilibili',
  hosts: ['bilibili.com'],
  matches: ['*://www.bilibili.com/*', '*://t.bilibili.com/*'],

  findPosts(doc, url) {
    const posts: PostRecord[] = [];
    const videoId = url.pathname.match(sel.videoIdInPath)?.[1];
    const title = textPart('title', doc.querySelector(sel.videoTitle));
    if (videoId && title.length > 0) posts.push({ siteId: 'bilibili', id: videoId, kind: 'post', parts: title });
    posts.push(...findDynamics(doc), ...findComments(doc));
    return posts;
  },

  shadowRoots: commentShadowRoots,
};
