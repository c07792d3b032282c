import { defineContentScript } from 'wxt/utils/define-content-script';
import { BRIDGED_ID_ATTRIBUTE, BRIDGED_LOCATION_ATTRIBUTE, PAGE_BRIDGE_EVENT } from '@/core/sites/page-bridge';

/** Bilibili's comment components, whose `__data` holds the rpid and the IP label the DOM does not show as data. */
const RENDERERS = 'bili-comment-thread-renderer, bili-comment-renderer, bili-comment-replies-renderer, bili-comment-reply-renderer';

interface CommentData {
  rpid?: unknown;
  rpid_str?: unknown;
  location?: unknown;
  reply_control?: { location?: unknown };
}

function stamp(root: ParentNode): void {
  for (const element of root.querySelectorAll(RENDERERS)) {
    const data = (element as Element & { __data?: CommentData }).__data;
    const id = data?.rpid_str ?? data?.rpid;
    if (typeof id === 'string' || typeof id === 'number') element.setAttribute(BRIDGED_ID_ATTRIBUTE, String(id));
    const location = data?.reply_control?.location ?? data?.location;
    if (typeof location === 'string') element.setAttribute(BRIDGED_LOCATION_ATTRIBUTE, location.slice(0, 40));
    if (element.shadowRoot) stamp(element.shadowRoot);
  }
}

/**
 * Runs in the page's own world on Bilibili only (the isolated content script
 * cannot see `__data`). It reads nothing from Ferry and sends nothing anywhere:
 * it only copies two fields onto the elements when asked.
 */
export default defineContentScript({
  matches: ['*://www.bilibili.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  // Firefox's MV2 build has no main-world content scripts; the adapter falls back to the DOM there.
  exclude: ['firefox'],
  main() {
    document.addEventListener(PAGE_BRIDGE_EVENT, () => {
      for (const host of document.querySelectorAll('bili-comments')) if (host.shadowRoot) stamp(host.shadowRoot);
    });
  },
});
