import { PHRASEBOOK, phrasebookTranslate } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { SelectionCardPage } from './pages/selection-card';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const ZHONG_CAO_COMMENT = '67d0f1a2000000001e01b3c1';
const ZHONG_CAO_TEXT = '已经种草了！！下个月就去成都，蹲一个具体店名🙏';

test.describe('selection translation', () => {
  test.setTimeout(120_000);

  test('the shortcut on a Xiaohongshu selection opens a card with the translation, the slang note and dictionary words; Escape closes it', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(ZHONG_CAO_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const selection = new SelectionCardPage(xhs.page);
    await selection.select(`#comment-${ZHONG_CAO_COMMENT} .note-text`);
    await selection.pressShortcut(serviceWorker);

    await expect(selection.card).toHaveAttribute('data-ferry-status', 'done');
    await expect(selection.translation).toHaveText(PHRASEBOOK[ZHONG_CAO_TEXT]!);
    await expect(selection.translation).toHaveAttribute('lang', 'en');
    await expect(selection.dialog).toHaveAttribute('aria-label', 'Ferry translation');
    await expect(selection.card.locator('button[data-ferry-note="zhong-cao"]')).toBeVisible();
    await expect(selection.words.first()).toHaveText('已经');
    await expect(selection.words.filter({ hasText: /^种草$/ })).toHaveCount(1);
    await expect(selection.card.locator('.words dd').nth(1)).toContainText('zhòngcǎo');
    // Sits right under the selection.
    const [cardBox, textBox] = await Promise.all([selection.card.boundingBox(), xhs.page.locator(`#comment-${ZHONG_CAO_COMMENT} .note-text`).boundingBox()]);
    expect(cardBox!.y).toBeGreaterThanOrEqual(textBox!.y + textBox!.height - 1);
    expect(cardBox!.y).toBeLessThan(textBox!.y + textBox!.height + 40);
    await selection.card.screenshot({ path: 'docs/screenshots/selection-card.png' });

    await xhs.page.keyboard.press('Escape');
    await expect(selection.card).toHaveCount(0);
  });

  test('works on a page without Ferry (the script is injected); English text into a Chinese target; nothing selected says so', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { targetLanguage: 'zh-Hans' });
    const page = await context.newPage();
    // Any origin the extension may script; no Ferry content script runs here.
    await page.route('http://127.0.0.1:9/article.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body><main><p id="one">Hello, world!</p><p id="two">Nothing here</p></main></body></html>' }),
    );
    await page.goto('http://127.0.0.1:9/article.html');
    expect(await page.locator('[data-ferry]').count()).toBe(0);
    const selection = new SelectionCardPage(page);

    await selection.pressShortcut(serviceWorker);
    await expect(selection.card.locator('[role="alert"]')).toHaveText('Select some text first, then try again.');

    await selection.select('#one');
    await selection.pressShortcut(serviceWorker);
    await expect(selection.card).toHaveCount(1);
    await expect(selection.card).toHaveAttribute('data-ferry-status', 'done');
    await expect(selection.translation).toHaveText(phrasebookTranslate('Hello, world!', 'zh-Hans'));
    await expect(selection.translation).toHaveAttribute('lang', 'zh-Hans');
    await expect(selection.words).toHaveCount(0);
    // The close button works and a click elsewhere would too.
    await selection.card.getByRole('button', { name: 'Close' }).click();
    await expect(selection.card).toHaveCount(0);
  });
});
