import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/core/sites/registry';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * After an update or a reload of the extension, tabs already open on a
 * supported site still hold the old content script, cut off from the new
 * background. Chrome does not re-inject on its own, so the new background does:
 * the fresh script's start makes WXT invalidate the old one, which removes its
 * annotations, and the page is annotated again without a reload.
 */
export function registerContentScriptReinjection(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void reinjectIntoOpenTabs();
  });
}

export async function reinjectIntoOpenTabs(): Promise<number> {
  // Firefox (MV2) re-runs content scripts in open tabs by itself.
  if (!browser.scripting) return 0;
  const tabs = await browser.tabs.query({ url: [...contentScriptMatches] });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
      injected++;
    } catch {
      // A tab that is loading, crashed or closed meanwhile: it gets the new script when it loads.
    }
  }
  return injected;
}
