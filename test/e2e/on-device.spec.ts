import { installFakeTranslatorApi, type FakeTranslatorOptions } from '../mocks/fake-translator-api';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

// Chromium here exposes Translator but cannot download models, so these tests
// install a faithful fake of the documented interface into the real contexts.
const install = installFakeTranslatorApi as (options: FakeTranslatorOptions) => unknown;
const fake = (pairs: FakeTranslatorOptions['pairs'], where: FakeTranslatorOptions['context'], prefix = ''): FakeTranslatorOptions => ({ pairs, context: where, prefix });

test.describe('on-device translation', () => {
  test('answers from the on-device model when its pair is available, and nothing leaves the machine', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await serviceWorker.evaluate(install, fake({ 'zh>en': 'available' }, 'service-worker', '[on-device] '));
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(/^\[on-device\] 成都三天两晚火锅暴走/);
    await expect(xhs.annotation(NOTE_ID, 'title')).toContainText('Translated by on-device');
    await expect(xhs.annotation('67d0f1a2000000001e01b3c1')).toHaveAttribute('data-ferry-status', 'done');
    const state = await serviceWorker.evaluate(() => (globalThis as unknown as { __fakeTranslatorState: { maxConcurrent: number; translateCalls: number } }).__fakeTranslatorState);
    expect(state.maxConcurrent).toBe(1);
    expect(state.translateCalls).toBeGreaterThanOrEqual(7);
    expect(engine.requests).toHaveLength(0);
  });

  test('with "on-device only" and no model, nothing is sent and the reader is told to download the model', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { privacy: { onDeviceOnly: true }, engines: { disabled: ['dictionary'] } });
    await serviceWorker.evaluate(install, fake({ 'zh>en': 'downloadable' }, 'service-worker', '[on-device] '));
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'error');
    await expect(xhs.notice.getByRole('alert')).toContainText('not downloaded yet');
    expect(engine.requests).toHaveLength(0);
  });

  test('the options page downloads a model from a click and shows progress until it is ready', async ({ context, extensionId }) => {
    await context.addInitScript(install, fake({ 'zh>en': 'downloadable' }, 'window'));
    const options = await OptionsPage.open(context, extensionId);
    const status = options.page.getByTestId('builtin-status');
    await expect(status).toHaveText('The Chinese (Simplified) → English model is not downloaded yet.');
    await options.page.getByTestId('builtin-download').click();
    await expect(status).toHaveText('Ready: Chinese (Simplified) → English is translated on this computer.');
    const progress = await options.page.evaluate(() => (window as unknown as { __fakeTranslatorState: { progressEvents: number[] } }).__fakeTranslatorState.progressEvents);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });
});
