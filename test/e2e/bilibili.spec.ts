import { phrasebookTranslate } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { BILIBILI_VIDEO_ID, BilibiliPage, bilibiliCommentId } from './pages/bilibili-page';

const C1 = bilibiliCommentId('251000000001');
const R1 = bilibiliCommentId('251000000011');
const C2 = bilibiliCommentId('251000000002');
const C3 = bilibiliCommentId('251000000003');
const R2 = bilibiliCommentId('251000000012');
const C4 = bilibiliCommentId('251000000004');
const onePer = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

test.describe('Bilibili', () => {
  test('the title and each comment inside the nested shadow roots get exactly one translation, next to the text', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const bili = new BilibiliPage(await context.newPage());
    await bili.openVideo();

    await expect(bili.annotationText(BILIBILI_VIDEO_ID, 'title')).toHaveText(phrasebookTranslate('【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道', 'en'));
    for (const id of [C1, R1, C2]) await expect(bili.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(bili.annotationText(C1)).toHaveText(phrasebookTranslate('这个视频剪得太好了吧！BGM一响我直接起鸡皮疙瘩', 'en'));
    await expect(bili.annotationText(R1)).toHaveText(phrasebookTranslate('回复 @星河入梦 :同感，尤其是最后那段😭', 'en'));
    await expect(bili.annotation(C3)).toHaveAttribute('data-ferry-skipped', 'same-language');
    const first = bili.annotation(C1);
    await expect(first).toHaveAttribute('data-ferry', 'annotation');
    await expect(first).toHaveAttribute('data-ferry-kind', 'translation');
    // Drawn inside bili-rich-text's own shadow root, right after #contents.
    expect(await first.evaluate((host) => [(host.getRootNode() as ShadowRoot).host?.localName, host.previousElementSibling?.id])).toEqual(['bili-rich-text', 'contents']);
    expect((await bili.commentAnnotations()).map((next) => next.postId)).toEqual([C1, R1, C2, C3]);
    expect(await bili.annotationCounts()).toEqual(onePer([BILIBILI_VIDEO_ID, C1, R1, C2, C3]));
    await bili.page.screenshot({ path: 'docs/screenshots/bilibili.png' });
  });

  test('shadow roots wiped with innerHTML and rebuilt end with exactly one annotation per comment, from the cache', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const bili = new BilibiliPage(await context.newPage());
    await bili.openVideo();
    await expect(bili.annotation(C2)).toHaveAttribute('data-ferry-status', 'done');
    const requests = engine.requests.length;
    const nextToEachComment = async () => (await bili.commentAnnotations()).map((next) => next.postId);

    for (const [method, ...args] of [['rerenderCommentText', 0], ['rerenderThread', 0], ['rerenderAll']] as const) {
      await bili.fixture(method, ...args);
      await expect.poll(nextToEachComment, `after ${method}`).toEqual([C1, R1, C2, C3]);
      for (const id of [C1, R1, C2]) await expect(bili.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    }
    expect(await bili.annotationCounts()).toEqual(onePer([BILIBILI_VIDEO_ID, C1, R1, C2, C3]));
    await expect(bili.annotationText(C1)).toHaveText(phrasebookTranslate('这个视频剪得太好了吧！BGM一响我直接起鸡皮疙瘩', 'en'));
    expect(engine.requests.length).toBe(requests);

    // An edit in place keeps the comment's rpid: still one annotation, now with the new text's translation.
    await bili.fixture('editCommentText', 0, '改一下：BGM是哪首？');
    const edited = C1;
    await expect(bili.annotationText(edited)).toHaveText('Edit: which song is the BGM?');
    await expect.poll(() => bili.annotationCounts()).toEqual(onePer([BILIBILI_VIDEO_ID, edited, R1, C2, C3]));
  });

  test('replies opened with "点击查看" and comments loaded later are translated too', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const bili = new BilibiliPage(await context.newPage());
    await bili.openVideo();
    await expect(bili.annotation(C1)).toHaveAttribute('data-ferry-status', 'done');

    await bili.page.getByText('点击查看').click();
    await expect(bili.annotationText(R2)).toHaveText(phrasebookTranslate('回复 @吃瓜群众小王 :你也是老粉啊', 'en'));
    await bili.fixture('appendComment');
    await expect(bili.annotationText(C4)).toHaveText(phrasebookTranslate('第一次刷到，已三连支持！', 'en'));
    expect((await bili.commentAnnotations()).map((next) => next.postId)).toEqual([C1, R1, R2, C2, C3, C4]);
    expect(await bili.annotationCounts()).toEqual(onePer([BILIBILI_VIDEO_ID, C1, R1, R2, C2, C3, C4]));
  });

  test('dynamic feed posts and their video cards get one translation each', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const bili = new BilibiliPage(await context.newPage());
    await bili.openDynamicFeed();
    await expect(bili.annotationText(BILIBILI_VIDEO_ID, 'title')).toHaveText(phrasebookTranslate('【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道', 'en'));
    await expect(bili.page.locator('.bili-dyn-list__item [data-ferry-part="text"][data-ferry-status="done"]')).toHaveCount(2);
    await expect(bili.page.locator('.bili-dyn-list__item').nth(1).locator('[data-ferry-part="text"] .text')).toHaveText(
      phrasebookTranslate('周末直播通宵打新游戏，@阿伟在学习 记得来捧场！', 'en'),
    );
    expect(Object.values(await bili.annotationCounts())).toEqual([1, 1, 1]);
    expect(await bili.page.locator('.bili-dyn-publishing [data-ferry]').count()).toBe(0);
  });
});
