import { ENGLISH_SITES_TO_CHINESE } from '../mocks/phrasebook-english-sites';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { InstagramPage, NEXT_POST_CODE, POST_CODE } from './pages/instagram-page';

const zh = (english: string) => ENGLISH_SITES_TO_CHINESE[english]!['zh-Hans']!;
const CAPTION =
  'First batch of sourdough after moving into the new flat 🍞✨ The oven runs hot, so 20 minutes at 230°C was plenty. Recipe from @flourwater.nyc\n#sourdough #homebaking';
const FIRST_COMMENT = '17954218830412345';
const CHINESE_COMMENT = '17960011223344556';

test.use({ browserLocale: 'zh-CN' });

test.describe('Instagram post page', () => {
  test('the caption and each comment get exactly one Chinese translation inside the text column', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const instagram = new InstagramPage(await context.newPage());
    await instagram.openPost();

    const caption = instagram.annotation(POST_CODE, 'body');
    await expect(caption).toHaveAttribute('data-ferry-status', 'done');
    await expect(caption).toHaveAttribute('data-ferry', 'annotation');
    await expect(caption).toHaveAttribute('data-ferry-kind', 'translation');
    // Hashtags, the mention and the line break survive.
    expect(await instagram.annotationText(POST_CODE, 'body').innerText()).toBe(zh(CAPTION));
    expect(await caption.evaluate((host) => host.previousElementSibling?.tagName)).toBe('H1');

    const ids = await instagram.commentIds();
    expect(ids).toEqual([FIRST_COMMENT, CHINESE_COMMENT, '17943322110099887', '17935566778899001']);
    for (const id of ids.filter((id) => id !== CHINESE_COMMENT)) await expect(instagram.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(instagram.annotationText(FIRST_COMMENT)).toHaveText(zh('That oven spring is unreal 😍 what hydration?'));
    await expect(instagram.annotationText('17943322110099887')).toHaveText(zh('Crumb shot please!! 📸 #sourdough'));
    await expect(instagram.annotation(CHINESE_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(instagram.annotation(CHINESE_COMMENT)).toBeHidden();
    expect(Object.values(await instagram.annotationCountsPerComment())).toEqual([1, 1, 1, 1]);
    expect(await instagram.annotationsNextToTheirComments()).toBe(true);

    // Layout: the comment row stays a flex row; the card sits in the text column, between the avatar and the like button.
    const row = instagram.page.locator('main ul li ._a9zm').nth(1);
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    const card = (await instagram.annotation(FIRST_COMMENT).boundingBox())!;
    const author = (await row.locator('h3').boundingBox())!;
    const like = (await row.locator('[aria-label="Like"]').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(author.x - 1);
    expect(card.x + card.width).toBeLessThanOrEqual(like.x + 1);
    expect(card.y).toBeGreaterThan(author.y);
    // The composer keeps its draft and gets nothing.
    await expect(instagram.composer).toHaveValue('So jealous of that crumb');
    expect(await instagram.page.locator('main form [data-ferry]').count()).toBe(0);

    const translateCalls = engine.requests.filter((request) => request.path === '/translate/translatetext');
    expect(translateCalls.map((call) => call.query.to)).toEqual(translateCalls.map(() => 'zh-Hans'));
    await instagram.page.screenshot({ path: 'docs/screenshots/instagram.png' });
  });

  test('opened replies, loaded comments, re-renders and another post opened in place end with one annotation per comment', async ({
    context,
    serviceWorker,
    engine,
  }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const instagram = new InstagramPage(await context.newPage());
    await instagram.openPost();
    await expect(instagram.annotation(FIRST_COMMENT)).toHaveAttribute('data-ferry-status', 'done');

    await instagram.viewReplies();
    await instagram.loadMoreComments();
    await expect.poll(async () => Object.values(await instagram.annotationCountsPerComment())).toEqual(Array(8).fill(1));
    await expect(instagram.annotationText('17861230045512346')).toHaveText(zh('@daily.crumb 75%, nothing fancy!'));
    await expect(instagram.annotationText('17921100998877665')).toHaveText(zh('230°C is hot for a Dutch oven, nice result though'));
    const requestsBefore = engine.requests.length;

    for (let round = 0; round < 3; round++) {
      await instagram.rerenderComments();
      await expect.poll(async () => Object.values(await instagram.annotationCountsPerComment())).toEqual(Array(8).fill(1));
    }
    expect(await instagram.annotationsNextToTheirComments()).toBe(true);
    expect(engine.requests.length).toBe(requestsBefore);

    // The other post reuses the page's elements by position: nothing of the first post may stay.
    await instagram.openMorePost();
    await expect(instagram.page).toHaveURL(new RegExp(`/p/${NEXT_POST_CODE}/`));
    await expect(instagram.annotationText(NEXT_POST_CODE, 'body')).toHaveText(zh("Cinnamon rolls for the building's first potluck 🥐 #baking"));
    await expect.poll(() => instagram.annotationCountsPerComment()).toEqual({ '17980012345678901': 1, '17980012345678902': 1 });
    await expect(instagram.annotations).toHaveCount(1 + 2);
    await expect(instagram.annotation(POST_CODE, 'body')).toHaveCount(0);
    await expect(instagram.annotationText('17980012345678902')).toHaveText(zh('Please make these every Sunday 🙏'));
    expect(await instagram.annotationsNextToTheirComments()).toBe(true);
  });
});

test.describe('Instagram home feed', () => {
  test('each post gets one translation below its clamped caption, through "more", re-renders and loading', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const instagram = new InstagramPage(await context.newPage());
    await instagram.openHome();

    const first = instagram.annotation('C9pQ1rStU3v', 'body');
    await expect(first).toHaveAttribute('data-ferry-status', 'done');
    await expect(instagram.annotationText('C9rX4yZaB6c', 'body')).toHaveText(
      zh('New 10K personal best this morning! 41:52 🏃‍♂️ Legs are done for the week, thanks @trackclub.oak'),
    );
    await expect(instagram.annotation('C9tD7eFgH8i', 'body')).toHaveAttribute('data-ferry-skipped', 'same-language');

    // The caption keeps its two-line clamp; the card comes after the whole caption block, not inside the clamp.
    const block = instagram.feedCaption(0);
    expect(await first.evaluate((host) => host.previousElementSibling?.classList.contains('xcaption'))).toBe(true);
    expect(await block.locator('.x1clamp').evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('2');
    expect((await block.locator('.x1clamp').boundingBox())!.height).toBeLessThanOrEqual(37);
    const blockBox = (await block.boundingBox())!;
    const card = (await first.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(blockBox.y + blockBox.height - 1);
    expect(card.height).toBeGreaterThan(30);

    await block.getByRole('button', { name: 'more' }).click();
    await instagram.rerenderFeed();
    await instagram.loadMoreFeed();
    await expect(instagram.annotationText('C9vJ0kLmN2o', 'body')).toHaveText(zh('Repotted the monstera and found three new roots 🌱 Spring is finally here'));
    await expect(instagram.annotations).toHaveCount(4);
    for (const code of ['C9pQ1rStU3v', 'C9rX4yZaB6c', 'C9tD7eFgH8i', 'C9vJ0kLmN2o']) await expect(instagram.annotation(code, 'body')).toHaveCount(1);
    expect(
      await instagram.page.evaluate(() =>
        [...document.querySelectorAll('main article .xcaption')].every((caption) => caption.nextElementSibling?.getAttribute('data-ferry') === 'annotation'),
      ),
    ).toBe(true);
    expect(await instagram.page.locator('main textarea + [data-ferry], main form [data-ferry]').count()).toBe(0);
  });

  test('a post opened in a dialog over the feed is annotated there, once, and the feed is annotated again after it closes', async ({
    context,
    serviceWorker,
    engine,
  }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const instagram = new InstagramPage(await context.newPage());
    await instagram.openHome();
    await expect(instagram.annotation('C9pQ1rStU3v', 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(instagram.annotation('C9rX4yZaB6c', 'body')).toHaveAttribute('data-ferry-status', 'done');

    await instagram.openDialog(0);
    await expect(instagram.page).toHaveURL(/\/p\/C9pQ1rStU3v\/$/);
    const caption = instagram.dialog.locator('[data-ferry-post-id="C9pQ1rStU3v"]');
    await expect(caption).toHaveAttribute('data-ferry-status', 'done');
    expect(await caption.evaluate((host) => host.previousElementSibling?.tagName)).toBe('H1');
    await expect(instagram.annotationText('17990011223344551')).toHaveText(zh('I think I know that café, the one by the tram stop? ☕'));
    await expect(instagram.annotation('C9pQ1rStU3v', 'body')).toHaveCount(1);
    await expect(instagram.annotations).toHaveCount(3);

    // The next post reuses the dialog's elements: nothing of the first stays.
    await instagram.nextInDialog();
    await expect(instagram.page).toHaveURL(/\/p\/C9rX4yZaB6c\/$/);
    await expect(instagram.annotationText('17990022334455661')).toHaveText(zh('Proud of you, see you at Saturday intervals'));
    await expect(instagram.dialog.locator('[data-ferry="annotation"]')).toHaveCount(2);
    await expect(instagram.annotation('C9rX4yZaB6c', 'body')).toHaveCount(1);

    const requests = engine.requests.length;
    await instagram.closeDialog();
    await expect(instagram.dialog).toHaveCount(0);
    for (const code of ['C9pQ1rStU3v', 'C9rX4yZaB6c', 'C9tD7eFgH8i']) await expect(instagram.annotation(code, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(instagram.annotations).toHaveCount(3);
    // The feed's translations come back from the cache.
    expect(engine.requests.length).toBe(requests);
  });
});
