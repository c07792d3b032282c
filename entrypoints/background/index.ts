import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerCacheCleanup } from './cache-cleanup';
import { createBackgroundServices, registerMessageHandlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a woken worker receives the message that woke it.
    const { cache, handlers, requests } = createBackgroundServices();
    registerMessageHandlers(handlers);
    browser.tabs.onRemoved.addListener((tabId) => requests.cancelTab(tabId));
    void registerCacheCleanup(cache);
  },
});
