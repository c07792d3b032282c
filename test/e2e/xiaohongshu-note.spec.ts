import { PHRASEBOOK } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

const US_COMMENT = '67d2c6e7000000001d0297f5';

test.describe('Xiaohongshu note page', () => {
  test('the title, the body and each comment get exactly one translation under the original', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(PHRASEBOOK['成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅']!);
    const body = xhs.annotationText(NOTE_ID, 'body');
    await expect(body).toContainText('Sisters! I ate hotpot in Chengdu');
    // Hashtags, mentions, emoji and line breaks survive.
    await expect(body).toContainText('@辣妹子探店日记');
    await expect(body).toContainText('#成都美食 #成都火锅 #旅行攻略');
    expect((await body.innerText()).split('\n').length).toBeGreaterThanOrEqual(5);

    const ids = await xhs.commentIds();
    expect(ids).toHaveLength(6);
    for (const id of ids.filter((id) => id !== US_COMMENT)) {
      await expect(xhs.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    }
    await expect(xhs.annotationText('67d0f1a2000000001e01b3c1')).toHaveText(PHRASEBOOK['已经种草了！！下个月就去成都，蹲一个具体店名🙏']!);
    expect(Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);

    // An English comment for an English reader is left alone.
    await expect(xhs.annotation(US_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(xhs.annotation(US_COMMENT)).toBeHidden();

    // The public DOM contract and the isolation of the card.
    const title = xhs.annotation(NOTE_ID, 'title');
    await expect(title).toHaveAttribute('data-ferry', 'annotation');
    await expect(title).toHaveAttribute('data-ferry-kind', 'translation');
    await expect(title).toHaveAttribute('data-ferry-post-id', NOTE_ID);
    expect(await title.evaluate((host) => host.shadowRoot !== null && host.previousElementSibling?.id === 'detail-title')).toBe(true);
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveAttribute('lang', 'en');
    // The page's `.note-scroller * { color: #333 }` does not reach inside the shadow root.
    const color = await xhs.annotationText('67d0f1a2000000001e01b3c1').evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe('rgb(51, 51, 51)');
    // Nothing was drawn into the comment composer.
    expect(await xhs.page.locator('#content-textarea [data-ferry]').count()).toBe(0);

    // Every Chinese text went to the engine exactly once, in one batched request.
    const translateCalls = engine.requests.filter((request) => request.path === '/translate/translatetext');
    expect(translateCalls).toHaveLength(1);
    expect(translateCalls[0]!.query.to).toBe('en');
    expect((translateCalls[0]!.body as string[]).length).toBe(7);

    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-note.png' });
  });

  test('only comments on or near the screen are translated; the rest follow as the note scrolls', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote({ tall: false });
    await expect(xhs.annotation('67d0f1a2000000001e01b3c1')).toHaveAttribute('data-ferry-status', 'done');
    // The last comment sits far below the scroller's visible area: nothing is drawn for it yet.
    const last = '67d3d7f8000000001c01a8e6';
    await xhs.page.waitForTimeout(500);
    await expect(xhs.annotation(last)).toHaveCount(0);

    await xhs.scrollCommentsToEnd();
    await expect(xhs.annotation(last)).toHaveAttribute('data-ferry-status', 'done');
    expect(Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);
  });

  test('re-rendered comments and newly loaded replies end with exactly one annotation each', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation('67d0f1a2000000001e01b3c1')).toHaveAttribute('data-ferry-status', 'done');
    const requestsBefore = engine.requests.length;

    for (let round = 0; round < 3; round++) {
      await xhs.rerenderComments();
      await expect.poll(() => xhs.annotationCountsPerComment()).toEqual(Object.fromEntries((await xhs.commentIds()).map((id) => [id, 1])));
    }
    await expect(xhs.annotationText('67d0f1a2000000001e01b3c1')).toHaveText(PHRASEBOOK['已经种草了！！下个月就去成都，蹲一个具体店名🙏']!);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);
    // Re-renders reuse what is already translated.
    expect(engine.requests.length).toBe(requestsBefore);

    await xhs.showMoreReplies();
    await expect(xhs.comments).toHaveCount(9);
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual(Array(9).fill(1));
    await expect(xhs.page.locator('[data-ferry-post-id="67d50a2b000000001f02dbf9"]')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotations).toHaveCount(2 + 9);
  });

  test('an engine failure shows a localized error with Retry, and the page keeps working', async ({ context, serviceWorker, engine }) => {
    // Microsoft alone: Google and the dictionary would otherwise answer after it.
    await pointEnginesAtLoopback(serviceWorker, engine, { engines: { disabled: ['google-free', 'dictionary'] } });
    engine.setMode('http-500');
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    const title = xhs.annotation(NOTE_ID, 'title');
    await expect(title).toHaveAttribute('data-ferry-status', 'error', { timeout: 20_000 });
    await expect(title.getByRole('alert')).toContainText('The translation service is not responding right now');
    const retry = title.getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();
    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-error.png' });

    // The site still works: replies load, and they are handled like the rest.
    await xhs.showMoreReplies();
    await expect(xhs.comments).toHaveCount(9);

    engine.setMode('ok');
    await retry.click();
    await expect(title).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(PHRASEBOOK['成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅']!);
    // The Retry click belongs to Ferry: it did not reach the page's own handlers.
    expect(xhs.page.url()).toContain(NOTE_ID);
  });

  test('translations survive a reload from the background cache without asking the engine again', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    const requests = engine.requests.length;

    await xhs.page.reload();
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotation('67d0f1a2000000001e01b3c1')).toHaveAttribute('data-ferry-status', 'done');
    expect(engine.requests.length).toBe(requests);
  });
});
