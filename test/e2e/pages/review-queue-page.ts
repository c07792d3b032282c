import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The side panel's review queue, opened as an extension page (chrome-extension://<id>/sidepanel.html). */
export class ReviewQueuePage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<ReviewQueuePage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 1100 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new ReviewQueuePage(page);
  }

  get items(): Locator {
    return this.page.getByTestId('review-item');
  }

  item(key: string): Locator {
    return this.page.locator(`[data-testid="review-item"][data-key="${key}"]`);
  }

  filter(name: 'topic' | 'region' | 'level' | 'site' | 'status' | 'coded'): Locator {
    return this.page.getByTestId(`filter-${name}`);
  }

  get count(): Locator {
    return this.page.getByTestId('queue-count');
  }

  /** Clicks an export button and returns the saved file's text. */
  async export(format: 'csv' | 'json'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`export-${format}`).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
