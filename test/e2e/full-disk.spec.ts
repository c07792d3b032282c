import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { XiaohongshuPage } from './pages/xiaohongshu-page';
import { XHS_NOTE_URL } from './site-routes';

const FULL_DISK = 'The disk is full, so translations are not being saved for later.';

test('a full disk: translations keep coming, and the popup and the options page say why nothing is saved', async ({ context, serviceWorker, engine, extensionId }) => {
  await pointEnginesAtLoopback(serviceWorker, engine);
  // Every IndexedDB write in the background fails the way a full disk makes it fail.
  await serviceWorker.evaluate(() => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = quota;
    IDBObjectStore.prototype.add = quota;
  });
  const page = await context.newPage();
  await page.goto(XHS_NOTE_URL);
  const xhs = new XiaohongshuPage(page);
  await expect(xhs.annotations.first()).toHaveAttribute('data-ferry-status', 'done');
  await expect(page.locator('[data-ferry="annotation"][data-ferry-status="pending"]')).toHaveCount(0);
  await expect(page.locator('[data-ferry="annotation"][data-ferry-status="error"]')).toHaveCount(0);

  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.getByTestId('engine-error')).toContainText(FULL_DISK);
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByTestId('cache-write-error')).toContainText(FULL_DISK);
  await expect(options.page.getByTestId('cache-stats')).toContainText('0 translations stored');
  await options.page.locator('section[aria-labelledby="cache-heading"]').screenshot({ path: 'docs/screenshots/options-full-disk.png' });
});
