import type { Locator, Page, Worker } from '@playwright/test';

/** The selection card and the shortcut that opens it. */
export class SelectionCardPage {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.locator('ferry-selection-card');
  }

  get dialog(): Locator {
    return this.card.locator('[role="dialog"]');
  }

  get translation(): Locator {
    return this.card.locator('.text');
  }

  get words(): Locator {
    return this.card.locator('.words dt');
  }

  /** Selects the text of the first element matching `selector` (or part of it). */
  async select(selector: string, part?: string): Promise<void> {
    await this.page.evaluate(
      ({ selector, part }) => {
        const element = document.querySelector(selector)!;
        const range = document.createRange();
        const textNode = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && (!part || node.textContent!.includes(part)))!;
        const start = part ? textNode.textContent!.indexOf(part) : 0;
        range.setStart(textNode, start);
        range.setEnd(textNode, part ? start + part.length : textNode.textContent!.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      { selector, part },
    );
  }

  /**
   * Runs the keyboard command as the browser would. No API presses an
   * extension shortcut, so this calls the same function commands.onCommand calls.
   */
  async pressShortcut(serviceWorker: Worker): Promise<void> {
    const url = this.page.url();
    await serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const run = (globalThis as unknown as { ferryRunCommand: (command: string, tabId?: number) => Promise<void> }).ferryRunCommand;
      await run('translate-selection', tab!.id);
    }, url);
  }
}
