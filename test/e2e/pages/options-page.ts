import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { EngineId } from '@/core/settings/schema';

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

  engine(id: EngineId): Locator {
    return this.page.getByTestId(`engine-${id}`);
  }

  async setOpenAi(baseUrl: string, model: string, key: string): Promise<void> {
    await this.page.getByTestId('openai-compatible-baseUrl').fill(baseUrl);
    await this.page.getByTestId('openai-compatible-baseUrl').press('Enter');
    await this.page.getByTestId('openai-compatible-model').fill(model);
    await this.page.getByTestId('openai-compatible-model').blur();
    await this.setKey('openai-compatible', key);
  }

  async setKey(engine: EngineId, key: string): Promise<void> {
    await this.page.getByTestId(`${engine}-api-key`).fill(key);
    await this.page.getByTestId(`${engine}-save-api-key`).click();
  }

  keyStatus(engine: EngineId): Locator {
    return this.page.getByTestId(`${engine}-api-key-status`);
  }

  field(engine: EngineId, name: string): Locator {
    return this.page.getByTestId(`${engine}-${name}`);
  }

  testButton(id: EngineId): Locator {
    return this.page.getByTestId(`test-${id}`);
  }

  testResult(id: EngineId): Locator {
    return this.page.getByTestId(`test-result-${id}`);
  }
}
