import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

test.describe('extension reload or update with pages open', () => {
  test.setTimeout(120_000);

  test('the old content script steps aside cleanly and the open note is annotated again without reloading the page', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    const errors: string[] = [];
    xhs.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    xhs.page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1, 1]);
    const firstHost = await xhs.annotation(NOTE_ID, 'title').elementHandle();

    // The Reload button of chrome://extensions (what an update does too): the whole extension restarts.
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(async (id) => {
      const developer = (chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> } }).developerPrivate;
      // Unpacked extensions stay enabled across a reload only in developer mode, as for a developer.
      await developer.updateProfileConfiguration({ inDeveloperMode: true });
      await developer.reload(id, { failQuietly: true });
    }, new URL(serviceWorker.url()).host);
    await extensions.close();
    await expect.poll(() => context.serviceWorkers().some((worker) => worker !== serviceWorker && worker.url().endsWith('/background.js')), { timeout: 20_000 }).toBe(true);

    // The page was not reloaded, yet it ends with exactly one fresh annotation per post.
    await expect.poll(async () => (await firstHost!.evaluate((host) => host.isConnected))).toBe(false);
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done', { timeout: 20_000 });
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);
    await expect(xhs.annotations).toHaveCount(8);

    // The site keeps working and the old script stays quiet: no error flood, no uncaught errors.
    await xhs.showMoreReplies();
    await expect(xhs.comments).toHaveCount(9);
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual(Array(9).fill(1));
    expect(errors).toEqual([]);
  });
});
