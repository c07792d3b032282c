import { readFileSync } from 'node:fs';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { storedSecrets, storedSettings, storeSecrets } from './pages/stored-settings';

const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('options: import and export', () => {
  test.setTimeout(120_000);

  test('a bad file changes nothing and says why; a good file is applied', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { targetLanguage: 'ja', display: 'translation-only' });
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.targetLanguage).toHaveValue('ja');
    const before = await storedSettings(serviceWorker);
    const result = options.page.getByTestId('transfer-result');
    const importFile = options.page.getByTestId('import-file');

    await importFile.setInputFiles(jsonFile('broken.json', '{"format": "ferry-settings", '));
    await expect(result).toHaveText('This file is not JSON, so nothing was changed. Choose a file exported by Ferry.');
    await expect(result).toHaveAttribute('role', 'alert');

    await importFile.setInputFiles(jsonFile('other.json', JSON.stringify({ theme: 'dark' })));
    await expect(result).toHaveText(/This is not a Ferry settings file, so nothing was changed/);

    // One bad value among good ones: the good ones are not applied either.
    const mixed = { format: 'ferry-settings', version: 1, settings: { targetLanguage: 'de', display: 'sideways' } };
    await importFile.setInputFiles(jsonFile('mixed.json', JSON.stringify(mixed)));
    await expect(result).toHaveText('This settings file has a value Ferry cannot use (settings.display), so nothing was changed.');
    expect(await storedSettings(serviceWorker)).toEqual(before);
    await expect(options.targetLanguage).toHaveValue('ja');
    await options.page.evaluate(() => document.querySelector('[data-testid="shortcuts-section"]')!.scrollIntoView({ block: 'start' }));
    await options.page.screenshot({ path: 'docs/screenshots/options.png' });

    const good = { format: 'ferry-settings', version: 1, settings: { targetLanguage: 'de', neverTranslate: ['fr'], appearance: { fontSize: 'large', theme: 'dark' } } };
    await importFile.setInputFiles(jsonFile('good.json', JSON.stringify(good)));
    await expect(result).toHaveText('Settings imported.');
    await expect(options.targetLanguage).toHaveValue('de');
    await expect(options.page.getByTestId('never-translate-fr')).toBeChecked();
    await expect(options.page.getByTestId('font-size')).toHaveValue('large');
    const after = (await storedSettings(serviceWorker)) as { display: string; engines: unknown };
    // Fields the file leaves out keep their values.
    expect(after.display).toBe('translation-only');
    expect(after.engines).toMatchObject(before.engines as Record<string, unknown>);
  });

  test('an export leaves keys out unless ticked, with a warning; it imports back', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { targetLanguage: 'ko' });
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.targetLanguage).toHaveValue('ko');

    const plainDownload = options.page.waitForEvent('download');
    await options.page.getByTestId('export-settings').click();
    const plain = readFileSync(await (await plainDownload).path(), 'utf8');
    expect(JSON.parse(plain)).toMatchObject({ format: 'ferry-settings', version: 1, settings: { targetLanguage: 'ko' } });
    expect(plain).not.toContain(MOCK_OPENAI_KEY);
    expect(JSON.parse(plain).secrets).toBeUndefined();

    await expect(options.page.getByTestId('export-keys-warning')).toHaveCount(0);
    await options.page.getByTestId('export-include-keys').check();
    await expect(options.page.getByTestId('export-keys-warning')).toHaveText(/Anyone who gets this file can use your API keys/);
    const keyedDownload = options.page.waitForEvent('download');
    await options.page.getByTestId('export-settings').click();
    const keyed = readFileSync(await (await keyedDownload).path(), 'utf8');
    expect(JSON.parse(keyed).secrets.openaiCompatibleApiKey).toBe(MOCK_OPENAI_KEY);

    // Into a browser with another target and no key: both come back.
    await pointEnginesAtLoopback(serviceWorker, engine, { targetLanguage: 'es' });
    await storeSecrets(serviceWorker, {});
    await options.page.reload();
    await expect(options.targetLanguage).toHaveValue('es');
    await options.page.getByTestId('import-file').setInputFiles(jsonFile('keyed.json', keyed));
    await expect(options.page.getByTestId('transfer-result')).toHaveText('Settings and 1 API key imported.');
    await expect(options.targetLanguage).toHaveValue('ko');
    expect((await storedSecrets(serviceWorker)).openaiCompatibleApiKey).toBe(MOCK_OPENAI_KEY);
  });
});

test.describe('options: the other sections', () => {
  test('languages, display, privacy, shortcuts, about and help are there and save', async ({ context, serviceWorker, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.page.getByTestId('never-translate-es').click();
    await expect(options.page.getByTestId('never-translate-es')).toBeChecked();
    await options.page.getByTestId('card-theme').selectOption('dark');
    await options.page.getByTestId('mode').selectOption('learner');
    await options.page.getByTestId('cache-size').selectOption('200');
    await options.page.getByTestId('moderation-section').getByTestId('jurisdiction-profile').selectOption('us-platform');
    await expect
      .poll(async () => {
        const stored = (await storedSettings(serviceWorker)) as { neverTranslate?: string[]; appearance?: { theme: string }; mode?: string; cache?: { maxMegabytes: number }; moderation?: { profile: string } };
        return [stored.neverTranslate, stored.appearance?.theme, stored.mode, stored.cache?.maxMegabytes, stored.moderation?.profile];
      })
      .toEqual([['es'], 'dark', 'learner', 200, 'us-platform']);
    await options.page.reload();
    await expect(options.page.getByTestId('cache-size')).toHaveValue('200');
    await expect(options.page.getByTestId('cache-size').locator('option')).toHaveText(['25 MB', '50 MB', '100 MB', '200 MB', '500 MB']);
    await expect(options.page.getByTestId('incognito-note')).toContainText('writes nothing to disk');
    await expect(options.page.getByTestId('shortcut-translate-selection')).toContainText('Translate the selected text');
    // The browser decides whether the suggested key is free; the page shows whatever it has.
    const [command] = await options.page.evaluate(() => chrome.commands.getAll());
    await expect(options.page.getByTestId('shortcut-translate-selection')).toContainText(command?.shortcut || 'No shortcut set');
    await expect(options.page.getByTestId('open-shortcuts')).toBeVisible();
    const version = await options.page.evaluate(() => chrome.runtime.getManifest().version);
    await expect(options.page.getByTestId('about-version')).toHaveText(`Ferry version ${version}`);
    // About links to the dictionary credit in the engines section.
    await options.page.getByRole('link', { name: 'See the dictionary credit' }).click();
    await expect(options.page).toHaveURL(/#dictionary-credit$/);
    await expect(options.page.locator('#dictionary-credit')).toContainText('CC-CEDICT');
    await expect(options.page.getByTestId('help-section').locator('dt')).toHaveCount(16);
    await expect(options.page.getByTestId('help-section')).toContainText('Never translate');
  });
});

test.describe('popup: mode, target language and errors', () => {
  test('mode and target language are picked in the popup and saved', async ({ context, serviceWorker, extensionId }) => {
    const other = await context.newPage();
    await other.goto('about:blank');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByTestId('mode')).toHaveValue('reader');
    await popup.page.getByTestId('mode').selectOption('learner');
    await popup.page.getByTestId('target-picker').selectOption('zh-Hant');
    await expect(popup.targetLanguage).toHaveText('Translating into Chinese (Traditional)');
    await expect
      .poll(async () => {
        const stored = (await storedSettings(serviceWorker)) as { mode?: string; targetLanguage?: string };
        return [stored.mode, stored.targetLanguage];
      })
      .toEqual(['learner', 'zh-Hant']);
  });

  test('with no engine left, the popup says so in plain words and offers the fix', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { privacy: { onDeviceOnly: true }, engines: { disabled: ['chrome-builtin', 'dictionary'] } });
    const other = await context.newPage();
    await other.goto('about:blank');
    const popup = await PopupPage.open(context, extensionId);
    const error = popup.page.getByTestId('engine-error');
    await expect(error).toContainText('No translation engine is available. Turn one on in Settings → Translation engines.');
    const opened = context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/options.html') });
    await error.getByTestId('fix-in-settings').click();
    await expect((await opened).getByRole('heading', { level: 1 })).toHaveText('Ferry settings');
  });
});

test.describe('a Japanese browser', () => {
  test.use({ browserLocale: 'ja-JP' });

  test('gets Ferry in Japanese with no setup: onboarding, popup and options, numbers in its own format', async ({ context, extensionId }) => {
    const onboarding = await OnboardingPage.fromInstall(context);
    await expect(onboarding.page.getByRole('heading', { level: 1 })).toHaveText('Ferry へようこそ');
    await expect(onboarding.page.locator('html')).toHaveAttribute('lang', 'ja');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByText('Ferry はオンです')).toBeVisible();
    await expect(popup.targetLanguage).toHaveText('日本語に翻訳しています');
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('Ferry の設定');
    await expect(options.page.getByTestId('ui-language').locator('option:checked')).toHaveText('ブラウザと同じ');
    await expect(options.page.getByTestId('cache-stats')).toContainText(/保存済みの翻訳 0 件、0 KB。今回のヒット率：0%/);
  });
});
