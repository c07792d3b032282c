import type { i18n as I18n } from 'i18next';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ModerationOverlay } from '@/core/annotator/moderation-overlay';
import type { TranslationClient } from '@/core/annotator/translation-client';
import { resolveTargetLanguage } from '@/core/i18n/language';
import { sendMessage } from '@/core/messaging/client';
import { scrollToPostSchema } from '@/core/messaging/protocol';
import { loadSettings, watchSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';
import type { SiteAdapter } from '@/core/sites/types';

/**
 * Moderator mode for one tab: the moderation overlay next to the annotator,
 * on while the mode is "moderator" and Ferry is on for the site. Shares the
 * annotator's translation client, so translations are asked for once.
 */
export async function startModeration(ctx: ContentScriptContext, adapter: SiteAdapter, client: TranslationClient, i18n: I18n): Promise<void> {
  let settings = await loadSettings();
  if (ctx.isInvalid) return;
  const browserLocale = browser.i18n.getUILanguage();
  const overlay = new ModerationOverlay({
    adapter,
    doc: document,
    client,
    i18n,
    target: () => resolveTargetLanguage(settings.targetLanguage, browserLocale),
    settings: () => settings.moderation,
    report: (item) => sendMessage('reviewQueueAdd', item),
    decode: async (text) => (await sendMessage('codedDecode', { text })).lines,
  });
  const active = (current: Settings) => current.enabled && !current.disabledSites.includes(adapter.id) && current.mode === 'moderator';
  if (active(settings)) overlay.start();

  const unwatch = watchSettings((next) => {
    const previous = settings;
    settings = next;
    if (!active(next)) return overlay.stop();
    overlay.start();
    if (JSON.stringify(previous.moderation) !== JSON.stringify(next.moderation) || previous.uiLanguage !== next.uiLanguage) overlay.refresh();
  });

  // The side panel's "Go to post": the background activates this tab, then asks for the post.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = scrollToPostSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve({ shown: overlay.reveal(parsed.data.payload.postId) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // Drawing stops first: the extension APIs are already gone when the old script is invalidated.
    overlay.stop();
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The listeners went with the old extension context.
    }
  });
}
