import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerCacheCleanup } from './cache-cleanup';
import { applyCacheSizeSetting } from './cache-size';
import { registerExplainPort } from './explain-service';
import { createBackgroundServices, registerMessageHandlers } from './handlers';
import { registerOnboarding } from './onboarding';
import { registerContentScriptReinjection } from './reinject-content-scripts';
import { registerSelectionEntryPoints } from './selection-command';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a woken worker receives the message that woke it.
    const { cache, handlers, requests } = createBackgroundServices();
    registerMessageHandlers(handlers);
    registerExplainPort();
    registerSelectionEntryPoints();
    registerOnboarding();
    registerContentScriptReinjection();
    browser.tabs.onRemoved.addListener((tabId) => requests.cancelTab(tabId));
    applyCacheSizeSetting(cache);
    void registerCacheCleanup(cache);
  },
});
