import { ENGLISH_SITES_TO_CHINESE } from '../mocks/phrasebook-english-sites';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { POST_CODE, ThreadsPage } from './pages/threads-page';

const MAIN_TEXT = 'Hot take: the best code review comment is a question, not a command.\n"Why did we pick this?" teaches more than "Change this." 🧵 Agree, @devon.builds? #codereview';
const REPLY = 'C9xZ1aBcDeF';
const REPLY_TEXT = 'Agree 100%. Questions invite the author to explain, commands invite them to get defensive 😅';
const CHINESE_REPLY = 'C9xZ2bCdEfG';
const LONG_POST = 'C9wR9sTuVwX';
const ENGLISH_LONG_POST =
  'Took the night train from Vienna to Venice and woke up to the Alps at sunrise. Nobody warned me that the dining car serves the best apple strudel on the continent, or that the conductor would knock at 5 am just so we could see the mountains turn pink. 10/10 would miss sleep again 🚆🏔️';
const chinese = (english: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => ENGLISH_SITES_TO_CHINESE[english]![script]!;

test.describe('Threads in Simplified Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });

  test('the post and each reply get exactly one translation under their text', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const threads = new ThreadsPage(await context.newPage());
    await threads.openPost();

    const main = threads.annotation(POST_CODE);
    await expect(main).toHaveAttribute('data-ferry-status', 'done');
    await expect(main).toHaveAttribute('data-ferry', 'annotation');
    await expect(main).toHaveAttribute('data-ferry-kind', 'translation');
    // The mention, the tag, the emoji and the line break survive.
    expect(await threads.annotationText(POST_CODE).innerText()).toBe(chinese(MAIN_TEXT));
    await expect(threads.annotationText(REPLY)).toHaveText(chinese(REPLY_TEXT));
    await expect(threads.annotationText('C9xZ3cDeFgH')).toHaveText(chinese("Saving this for my team's onboarding doc"));
    await expect(threads.annotation(CHINESE_REPLY)).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(threads.annotation(CHINESE_REPLY)).toBeHidden();
    expect(await threads.postCodes()).toEqual([POST_CODE, REPLY, CHINESE_REPLY, 'C9xZ3cDeFgH']);
    expect(Object.values(await threads.annotationCountsPerPost())).toEqual([1, 1, 1, 1]);
    expect(await threads.annotationsNextToTheirPosts()).toBe(true);

    // Layout: the header stays a flex row above; the card sits below the text, in the content column.
    const post = threads.post(POST_CODE);
    expect(await post.locator('.x1head').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    const text = (await post.locator('.x1body').boundingBox())!;
    const card = (await main.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(text.y + text.height - 1);
    expect(Math.abs(card.x - text.x)).toBeLessThan(2);
    // Threads' own Translate button and the reply composer are left alone.
    await expect(threads.post(CHINESE_REPLY).getByRole('button', { name: 'Translate' })).toBeVisible();
    await expect(threads.composer).toHaveText('Reply to river.codes... great point');
    expect(await threads.composer.locator('[data-ferry]').count()).toBe(0);

    const translateCalls = engine.requests.filter((request) => request.path === '/translate/translatetext');
    expect(translateCalls.map((call) => call.query.to)).toEqual(translateCalls.map(() => 'zh-Hans'));
    await threads.page.screenshot({ path: 'docs/screenshots/threads.png' });
  });

  test('more replies, re-renders and SPA navigation to a reply and to the feed end with one annotation per post next to it', async ({
    context,
    serviceWorker,
    engine,
  }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const threads = new ThreadsPage(await context.newPage());
    await threads.openPost();
    await expect(threads.annotation(REPLY)).toHaveAttribute('data-ferry-status', 'done');

    await threads.loadMoreReplies();
    await expect(threads.annotationText('C9xZ5eFgHiJ')).toHaveText(chinese('This changed how I mentor juniors'));
    const requestsBefore = engine.requests.length;
    for (let round = 0; round < 3; round++) {
      await threads.rerender();
      await expect.poll(async () => Object.values(await threads.annotationCountsPerPost())).toEqual(Array(6).fill(1));
    }
    expect(await threads.annotationsNextToTheirPosts()).toBe(true);
    expect(engine.requests.length).toBe(requestsBefore);

    // The reply's own page reuses the same containers by position for other posts.
    await threads.openFromTime(REPLY);
    await expect(threads.page).toHaveURL(/\/@devon\.builds\/post\/C9xZ1aBcDeF$/);
    await expect(threads.annotationText('C9yA1aBcDeF')).toHaveText(chinese('@devon.builds exactly, and it keeps the tone friendly'));
    await expect.poll(() => threads.annotationCountsPerPost()).toEqual({ [REPLY]: 1, C9yA1aBcDeF: 1 });
    await expect(threads.annotations).toHaveCount(2);
    await expect(threads.annotationText(REPLY)).toHaveText(chinese(REPLY_TEXT));
    expect(await threads.annotationsNextToTheirPosts()).toBe(true);

    // The feed clamps long posts to three lines; the card comes after the clamped text, fully visible.
    await threads.goToFeed();
    await expect(threads.annotationText(LONG_POST)).toHaveText(chinese(ENGLISH_LONG_POST));
    await expect.poll(() => threads.annotationCountsPerPost()).toEqual({ [POST_CODE]: 1, C9wQ8rStUvW: 1, [LONG_POST]: 1 });
    await expect(threads.annotations).toHaveCount(3);
    expect(await threads.annotationsNextToTheirPosts()).toBe(true);
    const clamped = threads.post(LONG_POST).locator('.x569fbc');
    expect(await clamped.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('3');
    expect((await clamped.boundingBox())!.height).toBeLessThanOrEqual(64);
    expect((await threads.annotation(LONG_POST).boundingBox())!.height).toBeGreaterThan(64);

    await threads.page.goBack();
    await expect(threads.page).toHaveURL(/\/post\/C9xZ1aBcDeF$/);
    await expect.poll(() => threads.annotationCountsPerPost()).toEqual({ [REPLY]: 1, C9yA1aBcDeF: 1 });
    await expect(threads.annotations).toHaveCount(2);
  });
});

test.describe('Threads on threads.net in Traditional Chinese', () => {
  test.use({ browserLocale: 'zh-TW' });

  test('a Traditional Chinese browser gets Traditional translations on the threads.net host', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const threads = new ThreadsPage(await context.newPage());
    await threads.openPost({ host: 'threads.net' });
    await expect(threads.annotation(POST_CODE)).toHaveAttribute('data-ferry-status', 'done');
    expect(await threads.annotationText(POST_CODE).innerText()).toBe(chinese(MAIN_TEXT, 'zh-Hant'));
    await expect(threads.annotationText(POST_CODE)).toHaveAttribute('lang', 'zh-Hant');
    await expect(threads.annotationText(REPLY)).toHaveText(chinese(REPLY_TEXT, 'zh-Hant'));
    expect(Object.values(await threads.annotationCountsPerPost())).toEqual([1, 1, 1, 1]);
  });
});
