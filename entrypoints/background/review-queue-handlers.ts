import { browser } from 'wxt/browser';
import { FerryError, toFerryError, type FerryErrorInfo } from '@/core/messaging/errors';
import type { Handlers, MessageSender } from '@/core/messaging/router';
import { QUEUE_CHANGED } from '@/core/messaging/protocol';
import type { ReviewItemInput } from '@/core/moderation/review-item';
import { ReviewQueueStore } from '@/core/moderation/review-queue-store';
import { adapterForUrl } from '@/core/sites/registry';

type QueueHandlers = Pick<Handlers, 'reviewQueueAdd' | 'reviewQueueList' | 'reviewQueueDecide' | 'reviewQueueRemove' | 'reviewQueueJump'>;

/** The page a post was seen on, without its fragment: two visits of one note are the same page. */
function pageOf(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** A tab may only file posts of its own site, seen on its own host. */
export function checkItemFromSender(item: ReviewItemInput, sender: MessageSender): void {
  const senderUrl = sender.url ?? '';
  const adapter = adapterForUrl(senderUrl);
  if (!adapter || adapter.id !== item.site) throw new FerryError('forbidden', 'item is not from the sending site');
  if (new URL(item.url).host !== new URL(senderUrl).host) throw new FerryError('forbidden', 'item URL is not on the sending host');
}

/** Tells open side panels to read the queue again; nobody listening is fine. */
function announceChange(): void {
  void browser.runtime.sendMessage(QUEUE_CHANGED).catch(() => undefined);
}

/**
 * `onFiled` hears of every item stored locally (the team outbox takes a copy); its failure never fails
 * the local filing, which already succeeded.
 */
export function createReviewQueueHandlers(store = new ReviewQueueStore(), onFiled?: (item: ReviewItemInput) => Promise<void>): QueueHandlers {
  let writeError: (FerryErrorInfo & { at: number }) | undefined;
  return {
    async reviewQueueAdd(item, sender) {
      checkItemFromSender(item, sender);
      // Like the translation cache, nothing seen in a private window is written to disk.
      if (sender.tab?.incognito) throw new FerryError('forbidden', 'private window');
      try {
        const stored = await store.upsert(item);
        writeError = undefined;
        announceChange();
        if (onFiled) await onFiled(item).catch((error: unknown) => console.warn('[ferry] team outbox write failed', error));
        return { key: stored.key, status: stored.status };
      } catch (error) {
        // Reported to the tab (its card says so) and to the side panel, never dropped silently.
        writeError = { ...toFerryError(error).toInfo(), at: Date.now() };
        announceChange();
        throw error;
      }
    },

    async reviewQueueList() {
      return { items: await store.list(), writeError };
    },

    async reviewQueueDecide({ key, status, note }) {
      const item = await store.decide(key, { status, note });
      announceChange();
      return { item };
    },

    async reviewQueueRemove({ keys }) {
      const removed = await store.remove(keys);
      announceChange();
      return { removed };
    },

    async reviewQueueJump({ key }) {
      const item = await store.get(key);
      if (!item) throw new FerryError('invalid-message', 'no such review item');
      const page = pageOf(item.url);
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url && candidate.id !== undefined && pageOf(candidate.url) === page);
      if (!tab?.id) {
        await browser.tabs.create({ url: item.url, active: true });
        return { opened: 'new-tab' };
      }
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      await browser.tabs.sendMessage(tab.id, { channel: 'ferry', type: 'scrollToPost', payload: { postId: item.postId } });
      return { opened: 'existing-tab' };
    },
  };
}
