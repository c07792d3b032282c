import type { Locator } from '@playwright/test';
import type { PopupPage } from './popup-page';

/** The popup's mode picker and, in moderator mode, its jurisdiction and review-queue controls. */
export class ModerationPopup {
  constructor(readonly popup: PopupPage) {}

  get mode(): Locator {
    return this.popup.page.getByTestId('mode');
  }

  get profile(): Locator {
    return this.popup.page.getByTestId('jurisdiction-profile');
  }

  customRegion(region: string): Locator {
    return this.popup.page.getByTestId(`custom-region-${region}`);
  }

  get openQueue(): Locator {
    return this.popup.page.getByTestId('open-review-queue');
  }
}
