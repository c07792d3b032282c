import type { Page } from '@playwright/test';
import { phrasebookTranslate } from '../mocks/phrasebook';
import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { XHS_STRESS_FEED_URL } from './routes/xiaohongshu';

interface CardState {
  index: number;
  id: string;
  title: string;
  /** Translation annotations inside this card element, with the post id and text each shows. */
  annotations: { postId: string | null; status: string | null; text: string | null; afterTitle: boolean }[];
}

/** Every card in the window and the annotations inside it. */
function cardsInView(page: Page): Promise<CardState[]> {
  return page.evaluate(() => {
    const fixture = (window as unknown as { __fixture: { visibleCards(): { index: number; id: string; title: string; element: Element }[] } }).__fixture;
    return fixture.visibleCards().map(({ index, id, title, element }) => ({
      index,
      id,
      title,
      annotations: [...element.querySelectorAll('[data-ferry="annotation"][data-ferry-kind="translation"]')].map((host) => ({
        postId: host.getAttribute('data-ferry-post-id'),
        status: host.getAttribute('data-ferry-status'),
        text: host.shadowRoot?.querySelector('.text')?.textContent ?? null,
        afterTitle: host.previousElementSibling?.matches('a.title') ?? false,
      })),
    }));
  });
}

test.describe('a 2,000-card feed with recycled rows and random re-renders', () => {
  test.setTimeout(240_000);

  test('scrolling to the end leaves zero duplicates, zero cards unannotated in view and zero annotations on the wrong card', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.goto(XHS_STRESS_FEED_URL);
    const total = await page.evaluate(() => document.getElementById('exploreFeeds')!.scrollHeight);
    const step = 1450;
    let checkedCards = 0;
    const seenIds = new Set<string>();

    for (let y = 0; y < total; y += step) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      // Every card in view settles with exactly one finished annotation, for its own note and its own
      // title; a recycled or re-rendered card that kept a stale or doubled annotation never settles.
      let cards: CardState[] = [];
      const settled = (card: CardState) =>
        card.annotations.length === 1 &&
        card.annotations[0]!.status === 'done' &&
        card.annotations[0]!.postId === card.id &&
        card.annotations[0]!.text === phrasebookTranslate(card.title, 'en') &&
        card.annotations[0]!.afterTitle;
      await expect
        .poll(async () => {
          cards = await cardsInView(page);
          return cards.filter((card) => !settled(card)).map((card) => ({ index: card.index, annotations: card.annotations }));
        }, { timeout: 15_000, message: `cards in view at scroll ${y}` })
        .toEqual([]);
      for (const card of cards) seenIds.add(card.id);
      checkedCards += cards.length;
      // And no annotation sits anywhere but under a card title.
      // One task in the page, so the fixture's churn cannot interleave with the check.
      const misplaced = await page.evaluate(() =>
        [...document.querySelectorAll('[data-ferry="annotation"][data-ferry-kind="translation"]')]
          .filter((host) => !host.closest('section.note-item') || !host.previousElementSibling?.matches('a.title'))
          .map((host) => ({ key: host.getAttribute('data-ferry-key'), parent: host.parentElement?.outerHTML.slice(0, 300) })),
      );
      expect(misplaced).toEqual([]);
    }

    const churns = await page.evaluate(() => (window as unknown as { __fixture: { churnCount(): number } }).__fixture.churnCount());
    expect(churns).toBeGreaterThan(100);
    expect(seenIds.size).toBe(2000);
    expect(checkedCards).toBeGreaterThanOrEqual(2000);
    // Repeated titles cost one translation: no text was ever sent twice.
    const sent = engine.requests.filter((request) => request.path === '/translate/translatetext').flatMap((request) => request.body as string[]);
    expect(new Set(sent).size).toBe(sent.length);
    // One title in ten repeats an earlier one, so fewer distinct texts than cards were needed.
    expect(sent.length).toBeLessThanOrEqual(1800);
  });
});
