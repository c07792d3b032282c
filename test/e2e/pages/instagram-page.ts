import type { Locator, Page } from '@playwright/test';
import { INSTAGRAM_HOME_URL, INSTAGRAM_POST_URL } from '../routes/instagram';

export const POST_CODE = 'C9kT2mLxQ4e';
export const NEXT_POST_CODE = 'C9nW8pQrZ2a';

interface InstagramFixture {
  rerenderComments(): void;
  rerender(): void;
  loadMore(): void;
}

/** The Instagram fixtures (a post page and the home feed) and the annotations Ferry draws on them. */
export class InstagramPage {
  constructor(readonly page: Page) {}

  /** A window tall enough that every comment is on or near the screen (Ferry translates what is in view). */
  async openPost(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1200 });
    await this.page.goto(INSTAGRAM_POST_URL);
  }

  async openHome(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1700 });
    await this.page.goto(INSTAGRAM_HOME_URL);
  }

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  annotation(postId: string, part: 'body' | 'text' = 'text'): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${postId}"][data-ferry-part="${part}"]`);
  }

  annotationText(postId: string, part: 'body' | 'text' = 'text'): Locator {
    return this.annotation(postId, part).locator('.text');
  }

  get composer(): Locator {
    return this.page.locator('main textarea').first();
  }

  /** Comment ids from the permalinks of every comment on the page, in order. */
  async commentIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('main ul li h3')].map((heading) => {
        const href = heading.closest('li')?.querySelector('a[href*="/c/"]')?.getAttribute('href') ?? '';
        const match = href.match(/\/c\/(\d+)\/(?:r\/(\d+)\/)?/);
        return match?.[2] ?? match?.[1] ?? '';
      }),
    );
  }

  async annotationCountsPerComment(): Promise<Record<string, number>> {
    const ids = await this.commentIds();
    return this.page.evaluate(
      (ids) => Object.fromEntries(ids.map((id) => [id, document.querySelectorAll(`[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${id}"]`).length])),
      ids,
    );
  }

  /** True when every comment's annotation sits right after that comment's own text block (the block after its h3). */
  async annotationsNextToTheirComments(): Promise<boolean> {
    const ids = await this.commentIds();
    return this.page.evaluate(
      (ids) =>
        [...document.querySelectorAll('main ul li h3')].every(
          (heading, index) => heading.nextElementSibling?.nextElementSibling?.getAttribute('data-ferry-post-id') === ids[index],
        ),
      ids,
    );
  }

  async viewReplies(): Promise<void> {
    await this.page.getByRole('button', { name: /View replies/ }).first().click();
  }

  async loadMoreComments(): Promise<void> {
    await this.page.getByRole('img', { name: 'Load more comments' }).click();
  }

  async rerenderComments(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: InstagramFixture }).__fixture.rerenderComments());
  }

  /** Opens the other post from the "More posts" grid: the URL changes and the page's elements are reused. */
  async openMorePost(): Promise<void> {
    await this.page.locator('a[data-post-index]').click();
  }

  feedCaption(index: number): Locator {
    return this.page.locator('main article .xcaption').nth(index);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** "View all N comments" under a feed post: the post opens in a dialog over the feed. */
  async openDialog(index: number): Promise<void> {
    await this.page.locator('main article a.xcomments').nth(index).click();
  }

  /** The dialog's "Next" arrow: the next post opens in the same dialog. */
  async nextInDialog(): Promise<void> {
    await this.dialog.locator('..').getByRole('button', { name: 'Next' }).click();
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async rerenderFeed(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: InstagramFixture }).__fixture.rerender());
  }

  async loadMoreFeed(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __fixture: InstagramFixture }).__fixture.loadMore());
  }
}
