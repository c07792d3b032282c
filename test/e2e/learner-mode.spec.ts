import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { LearnerPopover } from './pages/learner-hover';
import { PopupPage } from './pages/popup-page';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const ZHONG_CAO_COMMENT = '67d0f1a2000000001e01b3c1';

test.describe('learner mode', () => {
  test.setTimeout(120_000);

  test('picked in the popup, it explains a Chinese word on hover alone; back in reader mode hover needs Alt again', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(ZHONG_CAO_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const learner = new LearnerPopover(xhs.page);
    const zhongCao = await learner.pointOf(`#comment-${ZHONG_CAO_COMMENT} .note-text`, '种草', 1);

    const popup = await PopupPage.open(context, extensionId);
    await popup.page.getByTestId('mode').selectOption('learner');
    await xhs.page.bringToFront();
    await xhs.page.mouse.move(zhongCao.x, zhongCao.y, { steps: 3 });
    await expect(learner.popover).toHaveAttribute('data-ferry-word', '种草');
    await expect(learner.pinyin.first()).toHaveText('zhòngcǎo');

    await popup.page.getByTestId('mode').selectOption('reader');
    await xhs.page.bringToFront();
    await xhs.page.mouse.move(0, 0);
    await expect(learner.popover).toBeHidden();
    // The same hover without Alt now hides the popover again instead of showing one.
    await xhs.page.mouse.move(zhongCao.x, zhongCao.y, { steps: 3 });
    await expect(learner.popover).toBeHidden();
    await learner.altHover(zhongCao);
    await expect(learner.popover).toBeVisible();
    await learner.releaseAlt();
  });
});
