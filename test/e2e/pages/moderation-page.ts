import type { Locator, Page } from '@playwright/test';
import { XHS_MODERATION_NOTE_URL } from '../routes/xiaohongshu';
import { XiaohongshuPage } from './xiaohongshu-page';

export const MODERATION_NOTE_ID = '6780a1b2000000000106c7d8';
/** "I'm from Texas, real American here": the IP label says 广东. */
export const TEXAS_COMMENT = '6790b1c2000000001c00d001';
/** 我是广州人… labelled 广东: consistent, nothing to flag. */
export const GUANGZHOU_COMMENT = '6790b1c2000000001c00d002';
/** The same counterfeit-bag ad from two accounts. */
export const AD_COMMENTS = ['6790b1c2000000001c00d003', '6790b1c2000000001c00d004'] as const;
/** "weed the garden": no topic, no signal. */
export const GARDEN_COMMENT = '6790b1c2000000001c00d005';

/** moderation-note.html with moderator mode on: one moderation card per post and comment. */
export class ModerationNotePage extends XiaohongshuPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1700 });
    await this.page.goto(XHS_MODERATION_NOTE_URL);
  }

  get moderationCards(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="moderation"]');
  }

  card(postId: string): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-kind="moderation"][data-ferry-post-id="${postId}"]`);
  }

  topic(postId: string, topicId: string): Locator {
    return this.card(postId).locator(`[data-ferry-topic="${topicId}"]`);
  }

  regionRow(postId: string, topicId: string, region: string): Locator {
    return this.topic(postId, topicId).locator(`tr[data-ferry-region="${region}"]`);
  }

  signal(postId: string, kind: string): Locator {
    return this.card(postId).locator(`[data-ferry-signal="${kind}"]`);
  }

  /** Ranges in Ferry's highlight, read in the page: the registry belongs to the document. */
  async highlightedTexts(): Promise<string[] | null> {
    return this.page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('ferry-moderation');
      return highlight ? [...highlight].map((range) => range.toString()) : null;
    });
  }
}
