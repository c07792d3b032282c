import type { Locator, Page } from '@playwright/test';

/** The Alt+hover popover for Chinese words, and a way to point at a character of a post. */
export class LearnerPopover {
  constructor(readonly page: Page) {}

  get popover(): Locator {
    return this.page.locator('ferry-learner[data-ferry="learner"]');
  }

  get word(): Locator {
    return this.popover.locator('.word');
  }

  get pinyin(): Locator {
    return this.popover.locator('.pinyin');
  }

  get gloss(): Locator {
    return this.popover.locator('.gloss');
  }

  /** The centre of the `index`-th character of `needle` inside the first text node under `selector` that contains it. */
  async pointOf(selector: string, needle: string, index = 0): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ({ selector, needle, index }) => {
        const root = document.querySelector(selector)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(needle);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at + index);
          range.setEnd(node, at + index + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        throw new Error(`${needle} not found in ${selector}`);
      },
      { selector, needle, index },
    );
  }

  /** Moves the pointer there with Alt held, as a learner would. */
  async altHover(point: { x: number; y: number }): Promise<void> {
    await this.page.keyboard.down('Alt');
    await this.page.mouse.move(point.x, point.y, { steps: 3 });
  }

  async releaseAlt(): Promise<void> {
    await this.page.keyboard.up('Alt');
  }
}
