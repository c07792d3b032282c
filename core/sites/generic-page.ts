import * as sel from './generic-page.selectors';
import { isEditable, visibleText } from './text';
import type { PostRecord, SiteAdapter } from './types';

/** Shorter blocks are labels and buttons, not prose (CJK packs more into a character). */
const MIN_LATIN_CHARS = 20;
const MIN_CJK_CHARS = 4;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function longEnough(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk >= MIN_CJK_CHARS || text.length >= MIN_LATIN_CHARS;
}

/** A stable id from the text itself: arbitrary pages have no content ids, and re-renders keep the text. */
export function textId(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `t${(hash >>> 0).toString(36)}${text.length.toString(36)}`;
}

export const genericPage: SiteAdapter = {
  id: 'generic-page',
  name: 'generic page',
  // Never matched by address: the popup injects it into the tab the user asks for.
  hosts: [],
  matches: [],

  findPosts(doc) {
    const posts: PostRecord[] = [];
    const seen = new Set<string>();
    for (const block of doc.body?.querySelectorAll(sel.textBlock) ?? []) {
      if (block.closest(sel.skipInside) || block.closest('[data-ferry]') || isEditable(block)) continue;
      // The innermost block only: a list item holding a paragraph is translated through the paragraph.
      if (block.querySelector(sel.textBlock)) continue;
      const text = visibleText(block);
      if (!longEnough(text)) continue;
      const id = textId(text);
      if (seen.has(id)) continue;
      seen.add(id);
      posts.push({ siteId: 'generic-page', id, kind: 'post', parts: [{ part: 'text', text, source: block, anchor: block }] });
    }
    return posts;
  },
};
