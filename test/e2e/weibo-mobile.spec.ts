import { phrasebookTranslate } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { WEIBO_MOBILE_POST_ID, WeiboMobilePage, weiboMobileCommentId } from './pages/weibo-mobile-page';

const COMMENTS = [
  weiboMobileCommentId('火锅不放香菜', '晚上去人好多，建议早点去占位置😂'),
  weiboMobileCommentId('Lena去旅行', '收藏了，五一就去 @重庆山城漫游 求攻略'),
  weiboMobileCommentId('夜猫子', '轻轨穿楼太酷了'),
];

test.describe('Weibo mobile (m.weibo.cn)', () => {
  test('the post and each comment get exactly one translation, and keep it through a re-render', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const weibo = new WeiboMobilePage(await context.newPage());
    await weibo.openDetail();

    const body = weibo.annotation(WEIBO_MOBILE_POST_ID, 'body');
    await expect(body).toHaveAttribute('data-ferry-status', 'done');
    await expect(body).toHaveAttribute('data-ferry-kind', 'translation');
    await expect(weibo.annotationText(WEIBO_MOBILE_POST_ID, 'body')).toHaveText(
      phrasebookTranslate('洪崖洞的夜景真的像千与千寻一样✨\n轻轨穿楼也看到了 #重庆旅游# @山城吃货', 'en'),
    );
    for (const id of COMMENTS) await expect(weibo.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(weibo.annotationText(COMMENTS[1]!)).toHaveText(phrasebookTranslate('收藏了，五一就去 @重庆山城漫游 求攻略', 'en'));
    expect((await weibo.commentAnnotations()).map((next) => next.postId)).toEqual(COMMENTS);
    expect(await weibo.annotationCounts()).toEqual(Object.fromEntries([WEIBO_MOBILE_POST_ID, ...COMMENTS].map((id) => [id, 1])));
    expect(await weibo.page.locator('.lite-page-editor [data-ferry]').count()).toBe(0);
    await weibo.page.screenshot({ path: 'docs/screenshots/weibo-mobile.png' });

    const requests = engine.requests.length;
    await weibo.fixture('rerenderComments');
    await expect.poll(async () => (await weibo.commentAnnotations()).map((next) => next.status)).toEqual(['done', 'done', 'done']);
    expect((await weibo.commentAnnotations()).map((next) => next.postId)).toEqual(COMMENTS);
    expect(await weibo.annotationCounts()).toEqual(Object.fromEntries([WEIBO_MOBILE_POST_ID, ...COMMENTS].map((id) => [id, 1])));
    expect(engine.requests.length).toBe(requests);
  });
});
