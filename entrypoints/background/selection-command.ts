import { browser } from 'wxt/browser';

export const SELECTION_COMMAND = 'translate-selection';
const SELECTION_MENU_ID = 'ferry-translate-selection';
const SELECTION_SCRIPT = '/content-scripts/selection-card.js';

/**
 * Draws the selection card in a tab. The context-menu click or the shortcut
 * grants activeTab for that tab, so this works on any page, with or without
 * Ferry's site script; the script reads the selection itself.
 */
export async function showSelectionCard(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [SELECTION_SCRIPT] });
    return;
  }
  // Firefox MV2.
  await browser.tabs.executeScript(tabId, { file: SELECTION_SCRIPT });
}

/** What the shortcut does; also what the E2E suite calls, since no API can press an extension shortcut. */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  if (command !== SELECTION_COMMAND) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await showSelectionCard(id);
}

export function registerSelectionEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Re-created on every install and update: menus do not survive an update.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: SELECTION_MENU_ID, title: browser.i18n.getMessage('contextMenuTranslate'), contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID && tab?.id !== undefined) void showSelectionCard(tab.id).catch((error: unknown) => console.warn('[ferry] selection card', error));
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id).catch((error: unknown) => console.warn('[ferry] command', error));
  });
  // The E2E suite's way to press the shortcut: only in the e2e build (`wxt build --mode e2e`), never in the one users install.
  if (import.meta.env.MODE === 'e2e') (globalThis as { ferryRunCommand?: typeof runCommand }).ferryRunCommand = runCommand;
}
