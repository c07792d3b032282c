import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup acts on. From the toolbar that is the active tab; when the
 * popup page is open in a tab of its own, it is the tab the user was on before.
 */
export async function currentTab(): Promise<Browser.tabs.Tab | undefined> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query({ currentWindow: true });
  if (!own) return tabs.find((tab) => tab.active);
  return tabs
    .filter((tab) => tab.id !== own.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
