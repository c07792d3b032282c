import { ENGLISH_SITES_TO_CHINESE } from '../mocks/phrasebook-english-sites';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { NEXT_VIDEO_ID, TiktokPage, VIDEO_ID } from './pages/tiktok-page';

const zh = (english: string) => ENGLISH_SITES_TO_CHINESE[english]!['zh-Hans']!;
const CAPTION = 'One-pot ramen at 3,000 m when your hands are frozen 🥶🍜 stove tip from @gearcheck.sam #camping #backpacking #trailfood';
const FIRST_COMMENT = '7412600418861204481';
const CHINESE_COMMENT = '7412602297145098242';

test.use({ browserLocale: 'zh-CN' });

test.describe('TikTok video page', () => {
  test('the caption and each comment get exactly one Chinese translation, below the original', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const tiktok = new TiktokPage(await context.newPage());
    await tiktok.openVideo();

    const caption = tiktok.annotation(VIDEO_ID, 'body');
    await expect(caption).toHaveAttribute('data-ferry-status', 'done');
    await expect(tiktok.annotationText(VIDEO_ID, 'body')).toHaveText(zh(CAPTION));
    await expect(tiktok.annotationText(VIDEO_ID, 'body')).toHaveAttribute('lang', 'zh-Hans');
    await expect(caption).toHaveAttribute('data-ferry', 'annotation');
    await expect(caption).toHaveAttribute('data-ferry-kind', 'translation');

    const ids = await tiktok.commentIds();
    expect(ids).toHaveLength(5);
    for (const id of ids.filter((id) => id !== CHINESE_COMMENT)) await expect(tiktok.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(tiktok.annotationText(FIRST_COMMENT)).toHaveText(zh('Okay but how is the broth this rich with zero fridge 😭'));
    // Mentions survive the round trip.
    await expect(tiktok.annotationText('7412605583016643587')).toHaveText(zh('@trailcook.mia what stove is that? Looks super light'));
    // A Chinese comment for a Chinese reader is left alone.
    await expect(tiktok.annotation(CHINESE_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(tiktok.annotation(CHINESE_COMMENT)).toBeHidden();
    expect(Object.values(await tiktok.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1]);
    expect(await tiktok.annotationsNextToTheirComments()).toBe(true);

    // Layout: the caption row stays a flex row with its clamp; the card sits below the row, full width, not beside it.
    expect(await caption.evaluate((host) => host.previousElementSibling?.className.includes('DivMainContent'))).toBe(true);
    const row = (await tiktok.captionRow.boundingBox())!;
    const card = (await caption.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(row.y + row.height - 1);
    expect(Math.abs(card.x - row.x)).toBeLessThan(2);
    expect(await tiktok.captionRow.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await tiktok.page.locator('[class*="DivContainer-StyledClamp"]').evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('2');
    // Nothing was drawn into the composer, and its draft is untouched.
    expect(await tiktok.composer.locator('[data-ferry]').count()).toBe(0);
    await expect(tiktok.composer).toHaveText('Great tip, trying this on my next trip');

    const translateCalls = engine.requests.filter((request) => request.path === '/translate/translatetext');
    expect(translateCalls.map((call) => call.query.to)).toEqual(translateCalls.map(() => 'zh-Hans'));
    await tiktok.page.screenshot({ path: 'docs/screenshots/tiktok.png' });
  });

  test('re-renders, loaded replies and comments, and a swipe to the next video end with one annotation per post next to it', async ({
    context,
    serviceWorker,
    engine,
  }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const tiktok = new TiktokPage(await context.newPage());
    await tiktok.openVideo();
    await expect(tiktok.annotation(FIRST_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const requestsBefore = engine.requests.length;

    for (let round = 0; round < 3; round++) {
      await tiktok.rerenderComments();
      await expect.poll(() => tiktok.annotationCountsPerComment()).toEqual(Object.fromEntries((await tiktok.commentIds()).map((id) => [id, 1])));
    }
    expect(await tiktok.annotationsNextToTheirComments()).toBe(true);
    await expect(tiktok.annotationText(FIRST_COMMENT)).toHaveText(zh('Okay but how is the broth this rich with zero fridge 😭'));
    expect(engine.requests.length).toBe(requestsBefore);

    await tiktok.viewMoreReplies();
    await tiktok.loadMoreComments();
    await expect.poll(async () => Object.values(await tiktok.annotationCountsPerComment())).toEqual(Array(8).fill(1));
    await expect(tiktok.annotationText('7412633410987651002')).toHaveText(zh('@jo.hikes same question, mine always tastes like dishwater'));
    await expect(tiktok.annotationText('7412657038214455302')).toHaveText(zh('Which noodles are those? The thick ones look amazing'));

    // The next video reuses the panel's elements by position: old annotations must not stay on reused rows.
    await tiktok.nextVideo();
    expect(tiktok.page.url()).toContain(NEXT_VIDEO_ID);
    await expect(tiktok.annotationText(NEXT_VIDEO_ID, 'body')).toHaveText(zh('Rush hour in Amsterdam is just bikes, bikes and more bikes 🚲 #amsterdam #cycling'));
    await expect.poll(() => tiktok.annotationCountsPerComment()).toEqual({ '7419901122334455661': 1, '7419903344556677882': 1, '7419905566778899003': 1 });
    await expect(tiktok.annotations).toHaveCount(1 + 3);
    await expect(tiktok.annotation(VIDEO_ID, 'body')).toHaveCount(0);
    await expect(tiktok.annotationText('7419903344556677882')).toHaveText(zh('The bike garage at Centraal is insane'));
    expect(await tiktok.annotationsNextToTheirComments()).toBe(true);

    // Back to the first video.
    await tiktok.page.goBack();
    await expect(tiktok.annotationText(VIDEO_ID, 'body')).toHaveText(zh(CAPTION));
    await expect.poll(async () => Object.values(await tiktok.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1]);
    await expect(tiktok.annotations).toHaveCount(1 + 5);
    expect(await tiktok.annotationsNextToTheirComments()).toBe(true);
  });
});
