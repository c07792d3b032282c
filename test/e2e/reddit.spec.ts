import { TO_CHINESE_SITES } from '../mocks/phrasebook-to-chinese';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { POST_ID, RedditPage } from './pages/reddit-page';

test.use({ browserLocale: 'zh-CN' });

const CHINESE_COMMENT = 't1_mh2k1l2';
const zh = (english: string) => TO_CHINESE_SITES[english]!['zh-Hans'];
const allInPlace = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'one, in place']));

test.describe('Reddit (shreddit) for a Chinese reader', () => {
  test('the title, the body and every comment and reply get one translation, rendered through their slots', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const reddit = new RedditPage(await context.newPage());
    await reddit.open();

    await expect(reddit.annotationText(POST_ID, 'title')).toHaveText(zh('Where do you get the best soup dumplings in Manhattan?'));
    await expect(reddit.annotationText(POST_ID, 'body')).toHaveText(
      zh('Visiting from Toronto next week and I want proper xiao long bao 🥟\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!'),
    );
    const ids = await reddit.commentIds();
    expect(ids).toHaveLength(6);
    for (const id of ids.filter((id) => id !== CHINESE_COMMENT)) await expect(reddit.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(reddit.annotationText('t1_mh2a1b1')).toHaveText(zh("Joe's Shanghai on Pell St is the classic, but go early on weekdays. The line gets long by noon 😅"));
    await expect(reddit.annotation(CHINESE_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    expect(await reddit.commentPlacement()).toEqual(allInPlace(ids));

    // Only named slots render inside shreddit-post: the title's annotation carries the title's slot and shows right under it.
    const title = reddit.annotation(POST_ID, 'title');
    await expect(title).toHaveAttribute('slot', 'title');
    await expect(title).toBeVisible();
    const [titleBox, annotationBox, bodyBox] = await Promise.all([
      reddit.page.locator('shreddit-post > h1[slot="title"]').boundingBox(),
      title.boundingBox(),
      reddit.page.locator('shreddit-post > [slot="text-body"]').boundingBox(),
    ]);
    expect(annotationBox!.y).toBeGreaterThanOrEqual(titleBox!.y + titleBox!.height - 1);
    expect(annotationBox!.y + annotationBox!.height).toBeLessThanOrEqual(bodyBox!.y + 1);
    await expect(reddit.annotation(POST_ID, 'body')).toBeVisible();
    expect(await reddit.page.locator('shreddit-composer [data-ferry]').count()).toBe(0);
    await expect(reddit.annotations).toHaveCount(2 + 6);

    await reddit.page.setViewportSize({ width: 1280, height: 1100 });
    await reddit.page.screenshot({ path: 'docs/screenshots/reddit.png' });
  });

  test('replies loaded later and a re-rendered comment tree end with exactly one annotation per comment', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const reddit = new RedditPage(await context.newPage());
    await reddit.open();
    await expect(reddit.annotation('t1_mh2a1b1')).toHaveAttribute('data-ferry-status', 'done');

    await reddit.loadMoreReplies();
    await expect(reddit.annotationText('t1_mh2g7h8')).toHaveText(zh('Nan Xiang in Flushing is worth the 7 train ride 🚇'));
    await expect(reddit.annotationText('t1_mh2i9j0')).toHaveText(zh('+1 for Nan Xiang, get the spicy wontons too'));
    const ids = await reddit.commentIds();
    expect(ids).toHaveLength(8);
    await expect.poll(() => reddit.commentPlacement()).toEqual(allInPlace(ids));

    const requests = engine.requests.length;
    for (let round = 0; round < 3; round++) {
      await reddit.rerenderComments();
      await expect.poll(() => reddit.commentPlacement()).toEqual(allInPlace(ids));
    }
    for (const id of ids.filter((id) => id !== CHINESE_COMMENT)) await expect(reddit.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(reddit.annotations).toHaveCount(2 + 8);
    expect(engine.requests.length).toBe(requests);
  });
});
