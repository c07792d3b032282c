import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The first-run setup page (onboarding.html), opened by the install or from the options. */
export class OnboardingPage {
  constructor(readonly page: Page) {}

  static isOnboarding(page: Page): boolean {
    return /\/onboarding\.html$/.test(page.url());
  }

  /** The tab the install opened (already open, or about to be). */
  static async fromInstall(context: BrowserContext): Promise<OnboardingPage> {
    const open = context.pages().find((page) => OnboardingPage.isOnboarding(page));
    const page = open ?? (await context.waitForEvent('page', { predicate: (candidate) => OnboardingPage.isOnboarding(candidate) }));
    await page.waitForLoadState();
    return new OnboardingPage(page);
  }

  role(role: 'foreign-reader' | 'local-reader' | 'moderator'): Locator {
    return this.page.getByTestId(`role-${role}`);
  }

  engineChoice(choice: 'on-device' | 'free' | 'key'): Locator {
    return this.page.getByTestId(`engine-choice-${choice}`);
  }

  get target(): Locator {
    return this.page.getByTestId('onboarding-target');
  }

  get finish(): Locator {
    return this.page.getByTestId('onboarding-finish');
  }

  get done(): Locator {
    return this.page.getByTestId('onboarding-done');
  }

  get error(): Locator {
    return this.page.getByTestId('onboarding-error');
  }
}
