import { expect, test, useLoopbackEngines } from './fixtures';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

test.describe('Xiaohongshu note page', () => {
  test('the title, the body and each comment get exactly one translation under the original', async ({ context, serviceWorker, engine }) => {
    await useLoopbackEngines(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText('A 3-day hotpot crawl in Chengdu 🌶️ | Old-school spots the locals keep to themselves');
  });
});
