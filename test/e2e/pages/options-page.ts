import type { BrowserContext, Locator, Page } from '@playwright/test';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  get targetLanguage(): Locator {
    return this.page.getByTestId('target-language');
  }

  engine(id: 'microsoft-edge' | 'openai-compatible'): Locator {
    return this.page.getByTestId(`engine-${id}`);
  }

  async setOpenAi(baseUrl: string, model: string, key: string): Promise<void> {
    await this.page.getByTestId('openai-base-url').fill(baseUrl);
    await this.page.getByTestId('openai-base-url').press('Enter');
    await this.page.getByTestId('openai-model').fill(model);
    await this.page.getByTestId('openai-model').blur();
    await this.page.getByTestId('openai-api-key').fill(key);
    await this.page.getByTestId('save-api-key').click();
  }

  testButton(id: 'microsoft-edge' | 'openai-compatible'): Locator {
    return this.page.getByTestId(`test-${id}`);
  }

  testResult(id: 'microsoft-edge' | 'openai-compatible'): Locator {
    return this.page.getByTestId(`test-result-${id}`);
  }
}
