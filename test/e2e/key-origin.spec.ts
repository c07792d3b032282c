import { readFileSync } from 'node:fs';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { storeSecrets } from './pages/stored-settings';

const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

// SECURITY.md, "A key goes only where the user confirmed": a settings file without keys moves the
// OpenAI-compatible engine to another host the e2e build grants (localhost rather than 127.0.0.1, the
// same loopback server, so the mock sees every request and its Host header).
test.describe('a key follows a changed engine address only after the user confirms it', () => {
  test.setTimeout(180_000);

  test('an import that changes the OpenAI-compatible host sends no key there until confirmed', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const options = await OptionsPage.open(context, extensionId);
    await options.testButton('openai-compatible').click();
    await expect(options.testResult('openai-compatible')).toContainText('Works', { timeout: 30_000 });

    const port = new URL(engine.url).port;
    const newHost = `localhost:${port}`;
    // The user's own export (no keys), edited the way a shared file would be.
    const download = options.page.waitForEvent('download');
    await options.page.getByTestId('export-settings').click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { settings: { engines: { openaiCompatible: { baseUrl: string } } } };
    expect(JSON.stringify(file)).not.toContain(MOCK_OPENAI_KEY);
    file.settings.engines.openaiCompatible.baseUrl = `http://${newHost}/v1`;
    engine.requests.length = 0;
    await options.page.getByTestId('import-file').setInputFiles(jsonFile('shared.json', JSON.stringify(file)));
    await expect(options.page.getByTestId('transfer-result')).toHaveText('Settings imported.');

    const notice = options.page.getByTestId('key-origin-openai-compatible');
    await expect(notice).toContainText(`http://${newHost}`);
    await expect(notice).toContainText('Ferry does not send it there until you confirm');
    await notice.scrollIntoViewIfNeeded();
    await options.page.screenshot({ path: 'docs/screenshots/key-origin-confirm.png' });

    // Unconfirmed: the Test button is refused and the new host never sees the key.
    await options.testButton('openai-compatible').click();
    await expect(options.testResult('openai-compatible')).toContainText('Did not work', { timeout: 30_000 });
    const toNewHost = () => engine.requests.filter((request) => request.headers.host === newHost);
    expect(toNewHost().filter((request) => request.headers.authorization)).toEqual([]);

    await options.page.getByTestId('key-origin-confirm-openai-compatible').click();
    await expect(notice).toHaveCount(0);
    await options.testButton('openai-compatible').click();
    await expect(options.testResult('openai-compatible')).toContainText('Works', { timeout: 30_000 });
    expect(toNewHost().map((request) => request.headers.authorization)).toContain(`Bearer ${MOCK_OPENAI_KEY}`);
  });
});
