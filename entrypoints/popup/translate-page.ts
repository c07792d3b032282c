import { browser } from 'wxt/browser';

const GENERIC_SCRIPT = '/content-scripts/generic-page.js';

/** Pages no extension may script: browser pages, stores, other extensions, local files without access. */
export function canScript(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return false;
    return !['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Runs Ferry's generic-page script in one tab. The popup's click grants
 * activeTab for that tab only, so no site access is held in advance.
 */
export async function translatePage(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [GENERIC_SCRIPT] });
    return;
  }
  // Firefox MV2.
  await browser.tabs.executeScript(tabId, { file: GENERIC_SCRIPT });
}
