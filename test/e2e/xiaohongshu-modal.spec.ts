import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const NOTE_0 = '675d3e8f000000000203c1a0';
const NOTE_1 = '6760b4d2000000001203f5e6';

test.describe('Xiaohongshu note modal over the feed', () => {
  test('opening, closing, re-opening and switching notes keep one annotation per post', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openFeed();
    // No note is open: only the eight note cards get their compact title translations (the suggestion card is not a note).
    await expect(xhs.page.locator('section.note-item')).toHaveCount(9);
    await expect(xhs.cardAnnotations).toHaveCount(8);
    await expect(xhs.cardAnnotation(NOTE_0)).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.cardAnnotation(NOTE_0)).toHaveAttribute('data-ferry-part', 'title');
    expect(await xhs.cardAnnotation(NOTE_0).evaluate((host) => host.previousElementSibling?.matches('a.title'))).toBe(true);
    await expect(xhs.page.locator('.query-note-wrapper [data-ferry]')).toHaveCount(0);
    await expect(xhs.annotations).toHaveCount(0);

    await xhs.openCard(0);
    await expect(xhs.page).toHaveURL(new RegExp(`/explore/${NOTE_0}`));
    await expect(xhs.annotation(NOTE_0, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotation(NOTE_0, 'body')).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1]);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);
    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-modal.png' });

    await xhs.closeModal();
    await expect(xhs.page.locator('.note-detail-mask')).toHaveCount(0);
    await expect(xhs.annotations).toHaveCount(0);

    for (let reopen = 0; reopen < 2; reopen++) {
      await xhs.openCard(0);
      await expect(xhs.annotation(NOTE_0, 'title')).toHaveCount(1);
      await expect(xhs.annotation(NOTE_0, 'title')).toHaveAttribute('data-ferry-status', 'done');
      await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1]);
      await xhs.rerenderComments();
      await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1, 1]);
      await xhs.closeModal();
    }

    // The site reuses the mask for the next note: the old note's annotations must go.
    await xhs.openCard(0);
    await expect(xhs.annotation(NOTE_0, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await xhs.page.evaluate(() => (window as unknown as { __fixture: { openNote(i: number): void } }).__fixture.openNote(1));
    await expect(xhs.annotation(NOTE_1, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotation(NOTE_0, 'title')).toHaveCount(0);
    await expect(xhs.annotation(NOTE_0, 'body')).toHaveCount(0);
    await expect.poll(async () => Object.values(await xhs.annotationCountsPerComment())).toEqual([1, 1, 1, 1]);
    expect(await xhs.annotationsNextToTheirComments()).toBe(true);
    // Exactly title + body + comments of the open note, nothing left over; the cards behind keep one each.
    await expect(xhs.annotations).toHaveCount(2 + 4);
    await expect(xhs.cardAnnotations).toHaveCount(8);
  });
});
