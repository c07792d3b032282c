import { existsSync } from 'node:fs';
import path from 'node:path';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { seriousViolations } from './a11y';
import { EXTENSION_DIR, expect, test, pointEnginesAtLoopback } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { SelectionCardPage } from './pages/selection-card';
import { storeSecrets } from './pages/stored-settings';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const ZHONG_CAO_COMMENT = '67d0f1a2000000001e01b3c1';

test.describe('accessibility (axe-core, serious and critical)', () => {
  test.setTimeout(120_000);

  test('popup, options, onboarding and the side panel have none', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const onboarding = await OnboardingPage.fromInstall(context);
    await onboarding.engineChoice('key').check();
    expect(await seriousViolations(onboarding.page)).toEqual([]);

    const other = await context.newPage();
    await other.goto('about:blank');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.siteStatus).not.toHaveText('');
    expect(await seriousViolations(popup.page)).toEqual([]);

    const options = await OptionsPage.open(context, extensionId);
    await options.page.getByTestId('export-include-keys').check();
    await expect(options.page.getByTestId('help-section')).toBeVisible();
    expect(await seriousViolations(options.page)).toEqual([]);

    if (existsSync(path.join(EXTENSION_DIR, 'sidepanel.html'))) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.locator('main, #root > *').first().waitFor();
      expect(await seriousViolations(panel)).toEqual([]);
    }
  });

  test('cards on a page, an explanation and the selection card have none; everything is reachable by keyboard', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    const card = xhs.annotation(ZHONG_CAO_COMMENT);
    await expect(card).toHaveAttribute('data-ferry-status', 'done');
    await card.getByRole('button', { name: 'Explain this post' }).click();
    await expect(card).toHaveAttribute('data-ferry-explain', 'done');
    // A note chip opens its card from the keyboard.
    const chip = card.locator('button[data-ferry-note="zhong-cao"]');
    await chip.focus();
    await xhs.page.keyboard.press('Enter');
    await expect(chip).toHaveAttribute('aria-expanded', 'true');
    await expect(card.locator('.text')).toHaveAttribute('lang', 'en');

    const selection = new SelectionCardPage(xhs.page);
    await selection.select(`#comment-${ZHONG_CAO_COMMENT} .note-text`);
    await selection.pressShortcut(serviceWorker);
    await expect(selection.card).toHaveAttribute('data-ferry-status', 'done');
    // The card takes focus so a keyboard user lands in it; Tab reaches its close button.
    await expect(selection.dialog).toBeFocused();
    await xhs.page.keyboard.press('Tab');
    await expect(selection.card.getByRole('button', { name: 'Close' })).toBeFocused();

    expect(await seriousViolations(xhs.page, { onlyFerry: true })).toEqual([]);
  });

  test('reduced motion stops the pending pulse', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    engine.setMode('hang');
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.page.emulateMedia({ reducedMotion: 'reduce' });
    await xhs.openNote();
    const pending = xhs.annotation(ZHONG_CAO_COMMENT).locator('.pending');
    await expect(pending).toBeVisible();
    expect(await pending.evaluate((element) => getComputedStyle(element, '::before').animationName)).toBe('none');
    await xhs.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await pending.evaluate((element) => getComputedStyle(element, '::before').animationName)).toBe('pulse');
  });
});
