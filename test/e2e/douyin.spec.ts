import { phrasebookTranslate } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { DOUYIN_VIDEO_ID, DouyinPage, douyinCommentId } from './pages/douyin-page';

const COMMENTS = [
  douyinCommentId('MS4wLjABAAAAq1w2e3r4t5y6u7i8o9p0', '第一次来重庆真的被导航整懵了😂'),
  douyinCommentId('MS4wLjABAAAAa1s2d3f4g5h6j7k8', '哈哈哈下次跟着我走就不会迷路'),
  douyinCommentId('MS4wLjABAAAAw2e3r4t5y6u7i8o9p0q1', '李子坝轻轨穿楼必打卡 @山城小导游 带带我'),
  douyinCommentId('MS4wLjABAAAAe3r4t5y6u7i8o9p0q1w2', 'Chongqing is on my list for next spring!'),
];
const MORE = [
  douyinCommentId('MS4wLjABAAAAr4t5y6u7i8o9p0q1w2e3', '来重庆不吃火锅等于白来🔥'),
  douyinCommentId('MS4wLjABAAAAt5y6u7i8o9p0q1w2e3r4', '南山一棵树看夜景绝了'),
];
const onePer = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

test.describe('Douyin', () => {
  test('the caption and each visible comment get exactly one translation; hidden SSR copies and the editor get none', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const douyin = new DouyinPage(await context.newPage());
    await douyin.openVideo();

    const caption = douyin.annotation(DOUYIN_VIDEO_ID, 'body');
    await expect(caption).toHaveAttribute('data-ferry-status', 'done');
    await expect(caption).toHaveAttribute('data-ferry', 'annotation');
    await expect(douyin.annotationText(DOUYIN_VIDEO_ID, 'body')).toHaveText(phrasebookTranslate('重庆8D魔幻城市，导航都迷路了🤯 #重庆 #旅行vlog @山城小导游', 'en'));
    expect(await caption.evaluate((host) => host.previousElementSibling?.tagName)).toBe('H1');
    // Douyin is dark whatever the OS says: the card follows the page, so the translation stays readable.
    await expect(caption).toHaveAttribute('data-ferry-scheme', 'dark');
    expect(await douyin.annotationText(DOUYIN_VIDEO_ID, 'body').evaluate((text) => getComputedStyle(text).color)).toBe('rgb(230, 237, 243)');
    for (const id of COMMENTS.slice(0, 3)) await expect(douyin.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(douyin.annotationText(COMMENTS[0]!)).toHaveText(phrasebookTranslate('第一次来重庆真的被导航整懵了😂', 'en'));
    await expect(douyin.annotation(COMMENTS[3]!)).toHaveAttribute('data-ferry-skipped', 'same-language');
    expect((await douyin.commentAnnotations()).map((next) => next.postId)).toEqual(COMMENTS);
    expect(await douyin.annotationCounts()).toEqual(onePer([DOUYIN_VIDEO_ID, ...COMMENTS]));
    expect(await douyin.ferryNodesInHiddenCopiesAndEditor()).toBe(0);
    await douyin.page.screenshot({ path: 'docs/screenshots/douyin.png' });
  });

  test('a React re-render and a virtualised scroll end with exactly one annotation per comment, next to it', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const douyin = new DouyinPage(await context.newPage());
    await douyin.openVideo();
    await expect(douyin.annotation(COMMENTS[2]!)).toHaveAttribute('data-ferry-status', 'done');

    for (let round = 0; round < 2; round++) {
      await douyin.fixture('rerenderComments');
      await expect.poll(async () => (await douyin.commentAnnotations()).map((next) => next.postId)).toEqual(COMMENTS);
    }
    expect(await douyin.annotationCounts()).toEqual(onePer([DOUYIN_VIDEO_ID, ...COMMENTS]));

    await douyin.fixture('scrollComments');
    await expect(douyin.annotation(MORE[1]!)).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => (await douyin.commentAnnotations()).map((next) => next.postId)).toEqual([COMMENTS[2], COMMENTS[3], ...MORE]);
    expect(await douyin.annotationCounts()).toEqual(onePer([DOUYIN_VIDEO_ID, COMMENTS[2]!, COMMENTS[3]!, ...MORE]));
    expect(await douyin.ferryNodesInHiddenCopiesAndEditor()).toBe(0);
  });

  test('feed slides get their caption translated, keyed by aweme id', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const douyin = new DouyinPage(await context.newPage());
    await douyin.openFeed();
    await expect(douyin.annotationText('7423456789012345678', 'body')).toHaveText(phrasebookTranslate('在洱海边开了一家小咖啡馆☕ 每天看日落 #大理 #慢生活', 'en'));
    await expect(douyin.annotation('7423456789012345999', 'body')).toHaveAttribute('data-ferry-status', 'done');
    expect(await douyin.annotationCounts()).toEqual(onePer(['7423456789012345678', '7423456789012345999']));
  });
});
