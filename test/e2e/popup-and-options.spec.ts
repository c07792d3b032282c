import { PHRASEBOOK } from '../mocks/phrasebook';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

test.describe('popup', () => {
  test('shows Ferry is active on Xiaohongshu and switches the site off and on', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');

    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.siteStatus).toHaveText('Translating posts on 小红书 Xiaohongshu');
    await expect(popup.targetLanguage).toHaveText('Translating into English');
    await expect(popup.siteSwitch).toBeChecked();
    await popup.page.screenshot({ path: 'docs/screenshots/popup.png' });

    await popup.page.getByText('Translate on 小红书 Xiaohongshu').click();
    await expect(popup.siteStatus).toHaveText('Ferry is off on 小红书 Xiaohongshu');
    await expect(xhs.annotations).toHaveCount(0);

    await popup.page.getByText('Translate on 小红书 Xiaohongshu').click();
    await expect(popup.siteStatus).toHaveText('Translating posts on 小红书 Xiaohongshu');
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotations).toHaveCount(8);
  });

  test('translation only hides each original under its translation and shows it on hover; back to both restores the page', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    const comment = '67d0f1a2000000001e01b3c1';
    await expect(xhs.annotation(comment)).toHaveAttribute('data-ferry-status', 'done');
    const original = xhs.page.locator(`#comment-${comment} .note-text`);
    await expect(original).toBeVisible();

    const popup = await PopupPage.open(context, extensionId);
    await popup.display.selectOption('translation-only');
    await expect(original).toBeHidden();
    await expect(xhs.annotationText(comment)).toHaveText(PHRASEBOOK['已经种草了！！下个月就去成都，蹲一个具体店名🙏']!);
    // The original sits in the card, out of sight until the card is hovered.
    const inCard = xhs.annotation(comment).locator('.original');
    await expect(inCard).toBeHidden();
    await xhs.annotation(comment).locator('.card').hover();
    await expect(inCard).toBeVisible();
    await expect(inCard).toHaveText('已经种草了！！下个月就去成都，蹲一个具体店名🙏');
    await expect(inCard).toHaveAttribute('lang', /^zh/);
    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-translation-only.png' });
    // Keyboard users reach it by focusing the card.
    await xhs.page.mouse.move(0, 0);
    await xhs.annotation(comment).locator('.card').focus();
    await expect(inCard).toBeVisible();
    // An English comment (no translation) keeps its original text on the page.
    await expect(xhs.page.locator('#comment-67d2c6e7000000001d0297f5 .note-text')).toBeVisible();

    await popup.display.selectOption('both');
    await expect(original).toBeVisible();
    expect(await original.evaluate((element) => element.hasAttribute('data-ferry-original') || (element as HTMLElement).style.display !== '')).toBe(false);
    await expect(xhs.annotation(comment).locator('.original')).toHaveCount(0);
  });

  test('says so on a page Ferry does not support', async ({ context, extensionId }) => {
    const other = await context.newPage();
    await other.goto('about:blank');
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.siteStatus).toHaveText('This page is not a supported site.');
    await expect(popup.siteSwitch).toHaveCount(0);
  });
});

test.describe('options', () => {
  test('shows the target language and engines, and sets up an OpenAI-compatible engine end to end', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.targetLanguage).toHaveValue('auto');
    await expect(options.targetLanguage.locator('option:checked')).toHaveText('Same as the browser (English)');
    await expect(options.engine('microsoft-edge')).toBeVisible();
    await expect(options.engine('openai-compatible')).toBeVisible();

    // The free engine answers the Test button through the loopback server.
    await options.testButton('microsoft-edge').click();
    await expect(options.testResult('microsoft-edge')).toContainText('Works');

    // Without a key the LLM explains what is missing.
    await options.testButton('openai-compatible').click();
    await expect(options.testResult('openai-compatible')).toContainText('refused the API key');

    await options.setOpenAi(`${engine.url}/v1`, 'gpt-4o-mini', MOCK_OPENAI_KEY);
    await expect(options.keyStatus('openai-compatible')).toHaveText('Saved key: sk-…cdef');
    // The key is never shown again in full.
    await expect(options.page.getByTestId('openai-compatible-api-key')).toHaveValue('');
    // Up past DeepL, Google and Microsoft: only the on-device engine (no model here) stays ahead of it.
    for (let step = 0; step < 3; step++) await options.page.getByRole('button', { name: /Move OpenAI-compatible/ }).click();
    await options.testButton('openai-compatible').click();
    await expect(options.testResult('openai-compatible')).toContainText('Works');

    // Posts now go to the OpenAI-compatible engine first.
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotation(NOTE_ID, 'title')).toContainText('Translated by AI');
    const chat = engine.requests.filter((request) => request.path === '/v1/chat/completions');
    expect(chat.length).toBeGreaterThanOrEqual(2);
    expect(chat.at(-1)!.headers.authorization).toBe(`Bearer ${MOCK_OPENAI_KEY}`);

    // The key stays out of the page's storage view.
    const settingsText = await serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('settings')));
    expect(settingsText).not.toContain(MOCK_OPENAI_KEY);
  });

  test('a target-language change reaches open pages live', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');

    const options = await OptionsPage.open(context, extensionId);
    await options.targetLanguage.selectOption('ja');
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(/^⟨ja⟩ /);
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveAttribute('lang', 'ja');
    expect(engine.requests.at(-1)!.query.to).toBe('ja');
  });
});

test.describe('a Traditional Chinese browser', () => {
  test.use({ browserLocale: 'zh-TW' });

  test('gets Traditional Chinese as its target and UI language with no setup', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.targetLanguage).toHaveText(/中文（繁體）/);
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  });
});

test.describe('bad input', () => {
  test('corrupt settings are repaired field by field, the user is told, and translation keeps working', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), targetLanguage: 42, disabledSites: 'not a list' } });
    });
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByTestId('repaired-notice')).toHaveText(
      'Some settings could not be read and were reset to their defaults: sites switched off, target language. Everything else was kept.',
    );
    // The loopback engine URL, an intact field, was kept.
    await expect(options.field('microsoft-edge', 'baseUrl')).toHaveValue(engine.url);
    const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    expect(stored.targetLanguage).toBe('auto');
    expect(stored.disabledSites).toEqual([]);

    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
  });

  test('the popup names the engine that answers and explains the last failure', async ({ context, serviceWorker, engine, extensionId }) => {
    // Microsoft alone: Google and the dictionary would otherwise answer after it.
    await pointEnginesAtLoopback(serviceWorker, engine, { engines: { disabled: ['google-free', 'dictionary'] } });
    engine.setMode('quota');
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'error');
    // One clear message for the page, not one per post.
    await expect(xhs.notice).toHaveCount(1);
    await expect(xhs.notice.getByRole('alert')).toContainText("The engine's quota or credit is used up");
    await expect(xhs.annotation(NOTE_ID, 'title').getByRole('alert')).toHaveText(/^Not translated \(see Ferry's notice on this page\)\.Retry$/);
    await expect(xhs.annotation('67d0f1a2000000001e01b3c1')).toHaveAttribute('data-ferry-status', 'error');
    await expect(xhs.notice).toHaveCount(1);
    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-quota-notice.png' });
    // A quota error is final: the engine was asked once, not retried.
    expect(engine.requests.filter((request) => request.path === '/translate/translatetext')).toHaveLength(1);

    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByTestId('engine')).toHaveText('Engine: Microsoft Translator (free, no key)');
    await expect(popup.page.getByTestId('engine-error')).toHaveText(/Last problem: The engine's quota or credit is used up/);
    await popup.page.screenshot({ path: 'docs/screenshots/popup-error.png' });
  });
});
