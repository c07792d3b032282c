import { browser } from 'wxt/browser';

/** A fresh install opens the setup page once; updates and reloads do not. */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
}
