import { phrasebookTranslate } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { WeiboPage, weiboCommentId, weiboRetweetId } from './pages/weibo-page';

const RETWEET_TEXT = '陶陶居、点都德、广州酒家，本地人最常去的三家早茶店都在这里了👍';
const RETWEET = weiboRetweetId('广州美食地图', RETWEET_TEXT);

const COMMENTS = [
  weiboCommentId('3012345601', '同款加班人，看完莫名被治愈了'),
  weiboCommentId('6023456789', '回复@夜归人小林:一起加油，早点下班🙏'),
  weiboCommentId('3023456702', '大爷的字写得真好，这句出自屈原的#离骚#'),
  weiboCommentId('3034567803', 'Same here, long nights in Beijing. Hang in there!'),
];

test.describe('Weibo (weibo.com)', () => {
  test('each feed post gets exactly one translation right after its text, keyed by mblogid', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const weibo = new WeiboPage(await context.newPage());
    await weibo.openHome();

    for (const id of ['P3kVx7Ab1', 'P3kW2cDe4', 'P3kX9fGh7']) await expect(weibo.annotation(id, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(weibo.annotationText('P3kVx7Ab1', 'body')).toHaveText(phrasebookTranslate('今天终于吃到了传说中的冒菜🌶️ 分量超足，老板还送了冰粉！\n#成都美食# 感谢 @辣妹子探店 的推荐', 'en'));
    const first = weibo.annotation('P3kVx7Ab1', 'body');
    await expect(first).toHaveAttribute('data-ferry', 'annotation');
    await expect(first).toHaveAttribute('data-ferry-kind', 'translation');
    await expect(first).toHaveAttribute('data-ferry-part', 'body');
    await expect(first).toHaveAttribute('data-ferry-scheme', 'light');
    // The retweeted original is a post of its own, annotated inside the retweet block.
    await expect(weibo.annotationText(RETWEET, 'body')).toHaveText(phrasebookTranslate(RETWEET_TEXT, 'en'));
    expect(await weibo.annotation(RETWEET, 'body').evaluate((host) => host.closest('.wbpro-feed-reText') !== null)).toBe(true);
    expect(await weibo.postsAndAnnotations()).toEqual([
      { mblogid: 'P3kVx7Ab1', postId: 'P3kVx7Ab1', status: 'done' },
      { mblogid: 'P3kW2cDe4', postId: 'P3kW2cDe4', status: 'done' },
      { mblogid: 'P3kX9fGh7', postId: 'P3kX9fGh7', status: 'done' },
    ]);
    expect(await weibo.annotationCounts()).toEqual({ P3kVx7Ab1: 1, P3kW2cDe4: 1, P3kX9fGh7: 1, [RETWEET]: 1 });
    // The "展开" expander is the site's word, not the post's, and the compose box is left alone.
    const sent = engine.requests.map((request) => String(request.raw)).join('\n');
    expect(sent).toContain('路漫漫其修远兮');
    expect(sent).not.toContain('展开');
    expect(await weibo.page.locator('textarea [data-ferry], textarea + [data-ferry]').count()).toBe(0);
  });

  test('"展开" swaps in the full text: exactly one annotation, updated to the full translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const weibo = new WeiboPage(await context.newPage());
    await weibo.openHome();
    const long = weibo.annotationText('P3kW2cDe4', 'body');
    await expect(long).toContainText("Suddenly I didn't feel so tired...");

    await weibo.clickExpand();
    await expect(long).toContainText('Keep going tomorrow 💪');
    await expect(long).not.toContainText('tired...');
    await expect(weibo.annotation('P3kW2cDe4', 'body')).toHaveAttribute('data-ferry-status', 'done');
    expect(await weibo.annotationCounts()).toEqual({ P3kVx7Ab1: 1, P3kW2cDe4: 1, P3kX9fGh7: 1, [RETWEET]: 1 });
  });

  test('a recycled row: the annotation follows the mblogid, never the element, and a retweet gone from the row takes its annotation along', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const weibo = new WeiboPage(await context.newPage());
    await weibo.openHome();
    await expect(weibo.annotation('P3kVx7Ab1', 'body')).toHaveAttribute('data-ferry-status', 'done');

    await weibo.fixture('recycleRow', 0, 0);
    await expect(weibo.annotation('P3kYaBcD2', 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect(weibo.annotation('P3kVx7Ab1', 'body')).toHaveCount(0);
    await expect(weibo.annotationText('P3kYaBcD2', 'body')).toContainText('The osmanthus by West Lake is in bloom');
    await weibo.fixture('recycleRow', 2, 1);
    await expect(weibo.annotation('P3kZbCdE5', 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(() => weibo.annotationCounts()).toEqual({ P3kYaBcD2: 1, P3kW2cDe4: 1, P3kZbCdE5: 1 });
    expect((await weibo.postsAndAnnotations()).every((post) => post.postId === post.mblogid)).toBe(true);
  });

  test('the detail post, its comments and replies get one translation each; a recycled comment row follows its comment', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const weibo = new WeiboPage(await context.newPage());
    await weibo.openDetail();

    await expect(weibo.annotation('P3kW2cDe4', 'body')).toHaveAttribute('data-ferry-status', 'done');
    for (const id of COMMENTS.slice(0, 3)) await expect(weibo.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    await expect(weibo.annotationText(COMMENTS[1]!)).toHaveText(phrasebookTranslate('回复@夜归人小林:一起加油，早点下班🙏', 'en'));
    // An English comment for an English reader keeps only a hidden host.
    await expect(weibo.annotation(COMMENTS[3]!)).toHaveAttribute('data-ferry-skipped', 'same-language');
    expect((await weibo.commentAnnotations()).map((next) => next.postId)).toEqual(COMMENTS);
    expect(await weibo.annotationCounts()).toEqual(Object.fromEntries(['P3kW2cDe4', ...COMMENTS].map((id) => [id, 1])));
    await weibo.page.screenshot({ path: 'docs/screenshots/weibo.png' });

    await weibo.fixture('recycleCommentRow', 0, 1);
    const recycled = weiboCommentId('3056789005', '抱抱楼主，记得吃夜宵🍜');
    await expect(weibo.annotation(recycled)).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => (await weibo.commentAnnotations()).map((next) => next.postId)).toEqual([recycled, COMMENTS[2], COMMENTS[3]]);
    expect(await weibo.annotationCounts()).toEqual(Object.fromEntries(['P3kW2cDe4', recycled, COMMENTS[2]!, COMMENTS[3]!].map((id) => [id, 1])));
  });
});
