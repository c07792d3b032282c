import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundServices, registerMessageHandlers } from './handlers';

const CACHE_CLEANUP_ALARM = 'ferry-cache-cleanup';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a woken worker receives the message that woke it.
    const { cache, handlers, requests } = createBackgroundServices();
    registerMessageHandlers(handlers);
    browser.tabs.onRemoved.addListener((tabId) => requests.cancelTab(tabId));
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CACHE_CLEANUP_ALARM) void cache.evict();
    });
    void browser.alarms.get(CACHE_CLEANUP_ALARM).then((existing) => {
      if (!existing) void browser.alarms.create(CACHE_CLEANUP_ALARM, { periodInMinutes: 60 * 6, delayInMinutes: 1 });
    });
  },
});
