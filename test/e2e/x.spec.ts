import { TO_CHINESE_SITES } from '../mocks/phrasebook-to-chinese';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { XPage } from './pages/x-page';

test.use({ browserLocale: 'zh-CN' });

const FIRST = '1899112233445566001';
const QUOTING = '1899112233445566002';
const QUOTED = '1898990000000000007';
const LONG = '1899112233445566003';
const CHINESE = '1899112233445566005';
const RECYCLED_IN = '1899112233445566007';
const ENGLISH_ON_HOME = [FIRST, QUOTING, QUOTED, LONG, '1899112233445566004', '1899112233445566006'];

const zh = (english: string) => TO_CHINESE_SITES[english]!['zh-Hans'];

test.describe('X for a Chinese reader', () => {
  test('each tweet and the quoted tweet get exactly one Chinese translation under their own text', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const x = new XPage(await context.newPage());
    await x.openHome();

    for (const id of ENGLISH_ON_HOME) await expect(x.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(x.annotationText(FIRST)).toHaveText(
      zh('Just shipped our first open-source release 🎉 Huge thanks to @mira_dev for the reviews!\n\nRelease notes: https://ferry.example/release-notes… #opensource #TypeScript'),
    );
    await expect(x.annotationText(QUOTED)).toHaveText(zh('Thread: how the browser event loop actually schedules your callbacks, with diagrams 🧵'));
    await expect(x.annotationText(FIRST)).toHaveAttribute('lang', 'zh-Hans');
    // A Chinese tweet for a Chinese reader is left alone.
    await expect(x.annotation(CHINESE)).toHaveAttribute('data-ferry-skipped', 'same-language');

    const first = x.annotation(FIRST);
    await expect(first).toHaveAttribute('data-ferry', 'annotation');
    await expect(first).toHaveAttribute('data-ferry-kind', 'translation');
    await expect(first).toHaveAttribute('data-ferry-part', 'text');
    expect(await first.evaluate((host) => host.previousElementSibling?.getAttribute('data-testid'))).toBe('tweetText');
    // The quote's annotation sits in the quote card, below the quoted text, not beside it in its flex row.
    expect(await x.annotation(QUOTED).evaluate((host) => host.closest('div[role="link"]') !== null && host.previousElementSibling!.contains(host.parentElement!.querySelector('[data-testid="tweetText"]')))).toBe(true);

    const placement = await x.placement();
    const english = placement.filter((tweet) => tweet.id !== CHINESE);
    expect(english.map((tweet) => tweet.id).sort()).toEqual([...ENGLISH_ON_HOME].sort());
    expect(english.every((tweet) => tweet.count === 1 && tweet.inside)).toBe(true);
    expect(await x.layoutProblems()).toEqual([]);
    expect(await x.page.locator('[data-testid="tweetTextarea_0"] [data-ferry]').count()).toBe(0);

    await x.page.setViewportSize({ width: 1280, height: 1100 });
    await x.page.screenshot({ path: 'docs/screenshots/x.png' });
  });

  test('a recycled row drops the old tweet\'s annotation and gets one for the tweet it now shows', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const x = new XPage(await context.newPage());
    await x.openHome();
    await expect(x.annotation(FIRST)).toHaveAttribute('data-ferry-status', 'done');

    expect(await x.fixture('recycleTopRow')).toEqual({ from: FIRST, to: RECYCLED_IN });
    await expect(x.annotation(RECYCLED_IN)).toHaveAttribute('data-ferry-status', 'done');
    await expect(x.annotation(FIRST)).toHaveCount(0);
    await expect(x.annotationText(RECYCLED_IN)).toHaveText(zh('Finished my first watercolor of the Golden Gate Bridge today 🌉 Still learning, but I am proud of this one.'));

    // The same row again, in place, for yet another tweet.
    await x.fixture('recycleRow', 5, '1899112233445566008');
    await expect(x.annotationText('1899112233445566008')).toHaveText(zh('Ran my first half marathon this morning! 2:05, legs are jelly 🏃'));
    await expect(x.annotation(RECYCLED_IN)).toHaveCount(0);
    await expect.poll(async () => (await x.placement()).filter((tweet) => tweet.id !== CHINESE).every((tweet) => tweet.count === 1 && tweet.inside)).toBe(true);
    await expect.poll(() => x.layoutProblems()).toEqual([]);
  });

  test('"Show more" ends with one annotation of the whole text, and a remount with one per tweet', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const x = new XPage(await context.newPage());
    await x.openHome();
    await expect(x.annotationText(LONG)).toHaveText(zh('Day 3 on the Pacific Crest Trail. We woke up to frost on the tent and a sky full of stars ✨ The climb to the pass took six hours…'));
    expect(await x.annotation(LONG).evaluate((host) => host.previousElementSibling?.getAttribute('data-testid'))).toBe('tweet-text-show-more-link');

    await x.page.getByRole('button', { name: 'Show more' }).click();
    await expect(x.annotationText(LONG)).toHaveText(
      zh(
        'Day 3 on the Pacific Crest Trail. We woke up to frost on the tent and a sky full of stars ✨ The climb to the pass took six hours, and every switchback was worth it.\n\nTomorrow we head down to the lake and finally get a proper meal. #PCT2025 #hiking',
      ),
    );
    await expect(x.annotation(LONG)).toHaveCount(1);
    expect(await x.annotation(LONG).evaluate((host) => host.previousElementSibling?.getAttribute('data-testid'))).toBe('tweetText');

    const requests = engine.requests.length;
    for (let round = 0; round < 3; round++) {
      await x.fixture('rerender');
      await expect.poll(async () => (await x.placement()).filter((tweet) => tweet.id !== CHINESE).every((tweet) => tweet.count === 1 && tweet.inside)).toBe(true);
    }
    for (const id of ENGLISH_ON_HOME) await expect(x.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    // Remounts reuse what is already translated.
    expect(engine.requests.length).toBe(requests);
    expect(await x.layoutProblems()).toEqual([]);
  });

  test('on a status page the focal tweet and every reply, including replies loaded later, get one translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const x = new XPage(await context.newPage());
    await x.openStatus();
    const english = ['1899000000000000101', '1899000000000000102', '1899000000000000103', '1899000000000000104'];
    for (const id of english) await expect(x.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(x.annotation('1899000000000000105')).toHaveAttribute('data-ferry-skipped', 'same-language');

    await x.page.getByRole('button', { name: 'Show more replies' }).click();
    for (const id of ['1899000000000000106', '1899000000000000107']) await expect(x.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(x.annotationText('1899000000000000106')).toContainText('Is it supported in Safari now?');
    const placement = (await x.placement()).filter((tweet) => tweet.id !== '1899000000000000105');
    expect(placement).toHaveLength(6);
    expect(placement.every((tweet) => tweet.count === 1 && tweet.inside)).toBe(true);
    expect(await x.layoutProblems()).toEqual([]);
    expect(await x.page.locator('[data-testid="tweetTextarea_0"] [data-ferry]').count()).toBe(0);
  });
});

test.describe('X for a Traditional Chinese reader', () => {
  test.use({ browserLocale: 'zh-TW' });

  test('a zh-TW browser gets Traditional Chinese', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const x = new XPage(await context.newPage());
    await x.openHome();
    const quoted = 'Thread: how the browser event loop actually schedules your callbacks, with diagrams 🧵';
    await expect(x.annotationText(QUOTED)).toHaveText(TO_CHINESE_SITES[quoted]!['zh-Hant']);
    await expect(x.annotationText(QUOTED)).toHaveAttribute('lang', 'zh-Hant');
  });
});
