import type { Page } from '@playwright/test';
import { XHS_POLICY_NOTE_URL } from '../routes/xiaohongshu';
import { XiaohongshuPage } from './xiaohongshu-page';
import { NoteChips } from './note-chips';

export const POLICY_NOTE_ID = '6762c3d4000000000104d5e6';
/** 周末带娃去农场种草莓: 种草 inside 种草莓 (planting strawberries) is not the slang. */
export const STRAWBERRY_COMMENT = '68a1e2f3000000001b00c001';
/** 已经种草荷兰了: the slang 种草. */
export const ZHONG_CAO_COMMENT = '68a1e2f3000000001b00c002';
/** "weed the garden": not cannabis. */
export const GARDEN_COMMENT = '68a1e2f3000000001b00c003';
/** "weed edibles at any dispensary": cannabis. */
export const DISPENSARY_COMMENT = '68a1e2f3000000001b00c004';

/** note-policy-page.html: a travel note naming cannabis and controlled knives, with slang and look-alikes in its comments. */
export class PolicyNotePage extends XiaohongshuPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1400 });
    await this.page.goto(XHS_POLICY_NOTE_URL);
  }

  notes(postId: string, part: 'title' | 'body' | 'text' = 'text'): NoteChips {
    return new NoteChips(this.annotation(postId, part));
  }
}
