import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Ferry's toolbar popup, opened as a page (it then acts on the tab used before it). */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 420 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get siteStatus(): Locator {
    return this.page.getByTestId('site-status');
  }

  get siteSwitch(): Locator {
    return this.page.getByTestId('site-switch');
  }

  get globalSwitch(): Locator {
    return this.page.getByTestId('global-switch');
  }

  get targetLanguage(): Locator {
    return this.page.getByTestId('target-language');
  }

  get display(): Locator {
    return this.page.getByTestId('display');
  }
}
