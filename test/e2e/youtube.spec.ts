import { TO_CHINESE_SITES } from '../mocks/phrasebook-to-chinese';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { NEXT_VIDEO_ID, VIDEO_ID, YoutubePage } from './pages/youtube-page';

test.use({ browserLocale: 'zh-CN' });

const FIRST = 'UgzK3vQ8rT1mN5pX2wB4AaABAg';
const TIMESTAMPS = 'UgxR7sT2uV9wX4yZ1aB6AaABAg';
const CHINESE = 'Ugw5pL8kJ2hG4fD6sA9qAaABAg';
const LONG = 'UgyT6nM3bV8cX1zL4kJ7AaABAg';
const zh = (english: string) => TO_CHINESE_SITES[english]!['zh-Hans'];
const allInPlace = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'one, in place']));

test.describe('YouTube for a Chinese reader', () => {
  test('the video title, the description and every comment get one translation; clamped comments are not cut', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const yt = new YoutubePage(await context.newPage());
    await yt.open();

    await expect(yt.annotationText(VIDEO_ID, 'title')).toHaveText(zh('How I cook perfect rice without a rice cooker 🍚 | Easy kitchen tips'));
    // The description box is collapsed to its snippet; the translation covers the whole description.
    await expect(yt.annotationText(VIDEO_ID, 'body')).toHaveText(zh('Three methods, one pot, zero stress.\nRecipe card: kitchenwithmaya.example/rice\n#cooking #rice'));
    for (const id of [FIRST, TIMESTAMPS, LONG]) await expect(yt.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(yt.annotationText(TIMESTAMPS)).toHaveText(zh('Timestamps:\n0:45 rinsing\n2:10 water ratio\n5:30 resting'));
    await expect(yt.annotation(CHINESE)).toHaveAttribute('data-ferry-skipped', 'same-language');
    expect(await yt.commentPlacement()).toEqual(allInPlace([FIRST, TIMESTAMPS, CHINESE, LONG]));

    // The long comment is clamped to four lines; its translation sits below the clamp and shows whole.
    const long = yt.annotation(LONG);
    const [expander, card] = await Promise.all([yt.page.locator(`ytd-expander:has(+ [data-ferry-post-id="${LONG}"])`).boundingBox(), long.boundingBox()]);
    expect(card!.y).toBeGreaterThanOrEqual(expander!.y + expander!.height - 1);
    expect(await long.locator('.text').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await yt.page.locator('ytd-commentbox [data-ferry], #search [data-ferry]').count()).toBe(0);

    // Expanding the description keeps the one translation, below the box.
    await yt.page.locator('#description-inline-expander #expand').click();
    await expect(yt.page.locator('#description-inline-expander')).toHaveAttribute('is-expanded', '');
    await expect(yt.annotation(VIDEO_ID, 'body')).toHaveCount(1);
    expect(await yt.annotation(VIDEO_ID, 'body').evaluate((host) => host.previousElementSibling?.id)).toBe('description-inline-expander');

    await yt.page.setViewportSize({ width: 1280, height: 1250 });
    await yt.page.screenshot({ path: 'docs/screenshots/youtube.png' });
  });

  test('loaded replies get theirs, and re-sorted threads (the same elements, other comments) end with one annotation each', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const yt = new YoutubePage(await context.newPage());
    await yt.open();
    await expect(yt.annotation(FIRST)).toHaveAttribute('data-ferry-status', 'done');

    await yt.page.getByRole('button', { name: '2 replies' }).click();
    await expect(yt.annotationText('UgzK3vQ8rT1mN5pX2wB4AaABAg.A1bC2dE3fG4')).toHaveText(zh('@ben_cooks Same here, the first time it did not stick to the pot'));
    await expect(yt.annotationText('UgzK3vQ8rT1mN5pX2wB4AaABAg.A1bC2dE3fG5')).toHaveText(zh('Did you rinse the rice first?'));

    const requests = engine.requests.length;
    await yt.fixture('sortNewest');
    // The first thread element now shows the long comment: its old annotation left with the old comment.
    await expect
      .poll(() => yt.commentPlacement())
      .toEqual(allInPlace([LONG, CHINESE, FIRST, TIMESTAMPS]));
    await expect(yt.annotationText(LONG)).toHaveText(
      zh(
        'I grew up in Manila and we always cooked rice in a pot like this. My grandmother measured the water with her finger, one knuckle above the rice, and it never failed.\nWatching this brought back so many memories of her kitchen: the smell of garlic fried rice on Sunday mornings, the sound of the lid rattling when the water boiled, and the little crispy layer at the bottom we used to fight over.\nThank you for making this video, and for explaining it so calmly. #cooking',
      ),
    );
    for (const id of [LONG, FIRST, TIMESTAMPS]) await expect(yt.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    // Nothing new to translate: every comment was already translated once.
    expect(engine.requests.length).toBe(requests);
  });

  test('SPA navigation to another video replaces every annotation with the new video\'s, in the reused elements', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const yt = new YoutubePage(await context.newPage());
    await yt.open();
    await expect(yt.annotation(VIDEO_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect(yt.annotation(FIRST)).toHaveAttribute('data-ferry-status', 'done');

    await yt.fixture('navigate', NEXT_VIDEO_ID);
    await expect(yt.page).toHaveURL(/v=Qm7pL2sRn4E/);
    await expect(yt.annotationText(NEXT_VIDEO_ID, 'title')).toHaveText(zh('Street food tour in Taipei night markets 🌙'));
    await expect(yt.annotation(NEXT_VIDEO_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(yt.annotationText('UgzA1sD2fG3hJ4kL5zX6AaABAg')).toHaveText(zh('The pepper buns at Raohe are worth the queue every single time 🔥'));
    await expect(yt.annotation('UgwM2nB3vC4xZ5lK6jH7AaABAg')).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(yt.page.locator(`[data-ferry-post-id="${VIDEO_ID}"], [data-ferry-post-id="${FIRST}"], [data-ferry-post-id="${LONG}"]`)).toHaveCount(0);
    await expect.poll(() => yt.commentPlacement()).toEqual(allInPlace(['UgzA1sD2fG3hJ4kL5zX6AaABAg', 'UgxQ9wE8rT7yU6iO5pA4AaABAg', 'UgwM2nB3vC4xZ5lK6jH7AaABAg']));
    await expect(yt.annotations).toHaveCount(2 + 3);
  });
});
