import type { Worker } from '@playwright/test';
import { loopbackEngineSettings } from '../mocks/loopback-engines';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { privateStore } from './pages/stored-settings';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

/** Every engine pointed at the loopback server, as a settings file or an earlier setup would leave them, but setup not answered. */
async function loopbackSettingsWithoutConsent(serviceWorker: Worker, url: string): Promise<void> {
  // The worker decides "fresh install" when it starts; wait for that before writing settings.
  await expect.poll(async () => JSON.stringify(await privateStore(serviceWorker, 'consent'))).toContain('"answered":false');
  await serviceWorker.evaluate(async (engines) => chrome.storage.local.set({ settings: { engines }, settings$: { v: 2 } }), loopbackEngineSettings(url));
}

// SECURITY.md, "Consent": no post text leaves the browser before the user chooses where it may go.
test.describe('consent before text leaves the browser', () => {
  test.setTimeout(120_000);

  test('before setup is answered nothing reaches any service; the page says why and its button opens the choice', async ({ context, serviceWorker, engine }) => {
    await loopbackSettingsWithoutConsent(serviceWorker, engine.url);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.notice.getByRole('alert')).toContainText('no post text leaves this browser');
    // Only on-device engines may answer; give the page time to ask for every post, then check no online service was.
    await expect(xhs.annotations.first()).toBeAttached();
    await xhs.page.waitForTimeout(3_000);
    expect(engine.requests).toEqual([]);
    await xhs.page.screenshot({ path: 'docs/screenshots/setup-prompt.png' });

    const opened = context.waitForEvent('page', { predicate: (page) => OnboardingPage.isOnboarding(page) });
    await xhs.notice.getByRole('button', { name: 'Choose' }).click();
    const onboarding = new OnboardingPage(await opened);
    await onboarding.page.waitForLoadState();
    // Nothing that sends text away is preselected, and the free choice names both services it uses.
    await expect(onboarding.engineChoice('on-device')).toBeChecked();
    await expect(onboarding.page.getByTestId('onboarding-engine')).toContainText('Microsoft Translator, Google Translate');
    await onboarding.engineChoice('free').check();
    await onboarding.finish.click();
    await expect(onboarding.done).toBeVisible();

    await xhs.page.reload();
    await expect(xhs.annotations.first()).toHaveAttribute('data-ferry-status', 'done');
    await expect.poll(() => engine.requests.length).toBeGreaterThan(0);
    // Only the two services the choice named.
    for (const request of engine.requests) expect(request.path).not.toMatch(/chat\/completions|^\/v2\/translate|\/language\/translate/);
    await expect(xhs.notice).toHaveCount(0);
  });
});
