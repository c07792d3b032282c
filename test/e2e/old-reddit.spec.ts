import { TO_CHINESE_SITES } from '../mocks/phrasebook-to-chinese';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OldRedditPage, POST_ID } from './pages/old-reddit-page';

test.use({ browserLocale: 'zh-CN' });

const CHINESE_COMMENT = 't1_mh2k1l2';
const zh = (english: string) => TO_CHINESE_SITES[english]!['zh-Hans'];
const allInPlace = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'one, in place']));

test.describe('old.reddit.com for a Chinese reader', () => {
  test('the title, the self text and every comment and reply get one translation under the original', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const reddit = new OldRedditPage(await context.newPage());
    await reddit.open();

    await expect(reddit.annotationText(POST_ID, 'title')).toHaveText(zh('Where do you get the best soup dumplings in Manhattan?'));
    await expect(reddit.annotationText(POST_ID, 'body')).toHaveText(
      zh('Visiting from Toronto next week and I want proper xiao long bao 🥟\n\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!'),
    );
    expect(await reddit.annotation(POST_ID, 'title').evaluate((host) => host.previousElementSibling?.matches('p.title'))).toBe(true);
    const ids = await reddit.commentIds();
    expect(ids).toHaveLength(6);
    for (const id of ids.filter((id) => id !== CHINESE_COMMENT)) await expect(reddit.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(reddit.annotationText('t1_mh2c3d4')).toHaveText(zh('Thanks! Is it cash only?'));
    await expect(reddit.annotation(CHINESE_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    expect(await reddit.commentPlacement()).toEqual(allInPlace(ids));
    // The sidebar's description and the comment form are not posts.
    expect(await reddit.page.locator('.side [data-ferry], .usertext-edit [data-ferry]').count()).toBe(0);
    await expect(reddit.annotations).toHaveCount(2 + 6);

    await reddit.page.setViewportSize({ width: 1280, height: 1000 });
    await reddit.page.screenshot({ path: 'docs/screenshots/old-reddit.png' });
  });

  test('collapsing a comment hides its annotation with it; loaded comments get theirs', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const reddit = new OldRedditPage(await context.newPage());
    await reddit.open();
    const top = reddit.annotation('t1_mh2a1b1');
    await expect(top).toHaveAttribute('data-ferry-status', 'done');

    await reddit.toggleComment('t1_mh2a1b1');
    await expect(top).toBeHidden();
    await expect(reddit.annotation('t1_mh2c3d4')).toBeHidden();
    await reddit.toggleComment('t1_mh2a1b1');
    await expect(top).toBeVisible();
    await expect(top).toHaveCount(1);

    await reddit.loadMoreComments();
    await expect(reddit.annotationText('t1_mh2g7h8')).toHaveText(zh('Nan Xiang in Flushing is worth the 7 train ride 🚇'));
    await expect(reddit.annotation('t1_mh2i9j0')).toHaveAttribute('data-ferry-status', 'done');
    const ids = await reddit.commentIds();
    expect(ids).toHaveLength(8);
    await expect.poll(() => reddit.commentPlacement()).toEqual(allInPlace(ids));
  });
});
