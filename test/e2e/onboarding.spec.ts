import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { OptionsPage } from './pages/options-page';
import { storedSecrets, storedSettings } from './pages/stored-settings';

test.describe('onboarding', () => {
  test.setTimeout(120_000);

  test('opens on install; a moderator with a key gets moderator mode, the target and the chat engine first, and can run it again from the options', async ({ context, serviceWorker, engine, extensionId }) => {
    const onboarding = await OnboardingPage.fromInstall(context);
    await expect(onboarding.page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Ferry');
    // Keyboard only: the role choice is a radio group reached with Tab and arrows.
    await onboarding.role('foreign-reader').focus();
    await onboarding.page.keyboard.press('ArrowDown');
    await onboarding.page.keyboard.press('ArrowDown');
    await expect(onboarding.role('moderator')).toBeChecked();
    await onboarding.target.selectOption('zh-Hans');

    // A key engine without its fields says what is missing and saves nothing.
    await onboarding.engineChoice('key').check();
    await onboarding.page.getByTestId('onboarding-base-url').fill(`${engine.url}/v1`);
    await onboarding.finish.click();
    await expect(onboarding.error).toHaveText(/Enter a full http:\/\/ or https:\/\/ base URL, a model and an API key/);
    expect((await storedSettings(serviceWorker)).mode).toBeUndefined();

    await onboarding.page.getByTestId('onboarding-model').fill('gpt-4o-mini');
    await onboarding.page.getByTestId('onboarding-api-key').fill(MOCK_OPENAI_KEY);
    await onboarding.page.screenshot({ path: 'docs/screenshots/onboarding.png', fullPage: true });
    await onboarding.finish.click();
    await expect(onboarding.done).toContainText('All set.');

    const settings = (await storedSettings(serviceWorker)) as { mode: string; targetLanguage: string; notes: { audience: string }; engines: { order: string[]; openaiCompatible: { baseUrl: string } } };
    expect(settings.mode).toBe('moderator');
    expect(settings.targetLanguage).toBe('zh-Hans');
    expect(settings.notes.audience).toBe('moderator');
    expect(settings.engines.order[0]).toBe('openai-compatible');
    expect(settings.engines.openaiCompatible.baseUrl).toBe(`${engine.url}/v1`);
    expect((await storedSecrets(serviceWorker)).openaiCompatibleApiKey).toBe(MOCK_OPENAI_KEY);

    // The options page shows what onboarding set, and re-runs it in a new tab.
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.targetLanguage).toHaveValue('zh-Hans');
    await expect(options.page.getByTestId('mode')).toHaveValue('moderator');
    const again = context.waitForEvent('page', { predicate: (page) => OnboardingPage.isOnboarding(page) });
    await options.page.getByTestId('rerun-onboarding').click();
    const rerun = new OnboardingPage(await again);
    await expect(rerun.role('moderator')).toBeChecked();
  });

  test('on-device keeps everything on the computer; a free engine leaves the default engine first', async ({ context, serviceWorker }) => {
    const onboarding = await OnboardingPage.fromInstall(context);
    await onboarding.role('local-reader').check();
    await onboarding.engineChoice('on-device').check();
    await onboarding.finish.click();
    await expect(onboarding.done).toBeVisible();
    let settings = (await storedSettings(serviceWorker)) as { mode: string; notes: { audience: string }; privacy: { onDeviceOnly: boolean }; engines: { order: string[] } };
    expect(settings).toMatchObject({ mode: 'reader', notes: { audience: 'local-reader' }, privacy: { onDeviceOnly: true } });
    expect(settings.engines.order[0]).toBe('chrome-builtin');

    await onboarding.engineChoice('free').check();
    await onboarding.finish.click();
    await expect.poll(async () => ((await storedSettings(serviceWorker)) as typeof settings).privacy.onDeviceOnly).toBe(false);
    settings = (await storedSettings(serviceWorker)) as typeof settings;
    expect(settings.engines.order[0]).toBe('microsoft-edge');
  });
});
