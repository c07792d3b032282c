import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

test.describe('service worker lifecycle', () => {
  test('a worker stopped in the middle of a batch loses no request: waiting posts still get their translation', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    engine.setDelay(2_000);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect.poll(() => engine.requests.length).toBeGreaterThan(0);
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'pending');

    // Stop the worker while the engine is still answering, as the browser does to idle workers.
    const cdp = await context.newCDPSession(xhs.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    engine.setDelay(0);

    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done', { timeout: 20_000 });
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1, 1]);
    for (const id of ['67d0f1a2000000001e01b3c1', '67d0f3b8000000001e02c4d2']) {
      await expect(xhs.annotation(id)).toHaveAttribute('data-ferry-status', 'done');
    }
    // The first request died with the worker; the posts asked again and a new worker answered.
    expect(engine.requests.filter((request) => request.path === '/translate/translatetext').length).toBeGreaterThanOrEqual(2);
  });
});
