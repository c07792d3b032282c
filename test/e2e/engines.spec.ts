import { MOCK_AZURE_KEY, MOCK_AZURE_REGION } from '../mocks/engine-server';
import { PHRASEBOOK } from '../mocks/phrasebook';
import { GOOGLE_CLOUD_SCENARIO_KEYS } from '../mocks/providers/google-cloud';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';

const TITLE = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
const FIRST_COMMENT = '67d0f1a2000000001e01b3c1';

test.describe('translation engines', () => {
  test('a Xiaohongshu note is translated by Google (free) when Microsoft is off', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { engines: { disabled: ['microsoft-edge'] } });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    const title = xhs.annotation(NOTE_ID, 'title');
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(PHRASEBOOK[TITLE]!);
    await expect(title).toContainText('Translated by Google');
    const body = xhs.annotationText(NOTE_ID, 'body');
    await expect(body).toContainText('Sisters! I ate hotpot in Chengdu');
    // Line breaks travelled as <br> through an HTML translator and came back as line breaks.
    await expect(body).toContainText('@辣妹子探店日记');
    await expect(body).toContainText('#成都美食 #成都火锅 #旅行攻略');
    expect((await body.innerText()).split('\n').length).toBeGreaterThanOrEqual(5);
    await expect(xhs.annotation(FIRST_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const paths = engine.requests.map((request) => request.path);
    expect(paths).toContain('/v1/translateHtml');
    expect(paths).not.toContain('/translate/translatetext');
    expect(paths).not.toContain('/translate_a/single');
  });

  test('when translateHtml fails, Google (free) answers through translate_a/single', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, { engines: { disabled: ['microsoft-edge'] } });
    engine.setMode('http-503', { providers: ['google-free'] });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotationText(FIRST_COMMENT)).toHaveText(PHRASEBOOK['已经种草了！！下个月就去成都，蹲一个具体店名🙏']!);
    await expect(xhs.annotation(FIRST_COMMENT)).toContainText('Translated by Google');
    const body = xhs.annotationText(NOTE_ID, 'body');
    await expect(body).toContainText('#成都美食 #成都火锅 #旅行攻略');
    expect((await body.innerText()).split('\n').length).toBeGreaterThanOrEqual(5);
    const paths = engine.requests.map((request) => request.path);
    expect(paths[0]).toBe('/v1/translateHtml');
    expect(paths).toContain('/translate_a/single');
  });

  test('Azure set up through the options page: the Test button explains a missing region, then works, then posts go to Azure', async ({
    context,
    serviceWorker,
    engine,
    extensionId,
  }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const options = await OptionsPage.open(context, extensionId);
    // Microsoft and Google (free) come first in the default order: switch them off.
    await options.engine('microsoft-edge').getByRole('checkbox').uncheck();
    await options.engine('google-free').getByRole('checkbox').uncheck();

    await expect(options.engine('azure')).toContainText('Needs setup');
    await options.setKey('azure', MOCK_AZURE_KEY);
    await expect(options.keyStatus('azure')).toHaveText(`Saved key: f3e…${MOCK_AZURE_KEY.slice(-4)}`);
    await expect(options.page.getByTestId('azure-api-key')).toHaveValue('');
    await expect(options.page.getByTestId('azure-api-key')).toHaveAttribute('type', 'password');

    // The key belongs to a regional resource: without the region Azure refuses it.
    await options.testButton('azure').click();
    await expect(options.testResult('azure')).toHaveText(
      'Did not work: The engine refused the API key. Check the key in Settings → Translation engines. Check both the key and the region: a regional resource\'s key works only with its own region.',
    );

    await options.field('azure', 'region').fill(MOCK_AZURE_REGION);
    await options.field('azure', 'region').blur();
    await options.testButton('azure').click();
    await expect(options.testResult('azure')).toHaveText(/^Works: "Hello, world!" → "你好，世界！" in \d+ ms\.$/);

    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(PHRASEBOOK[TITLE]!);
    await expect(xhs.annotation(NOTE_ID, 'title')).toContainText('Translated by Azure');
    const azure = engine.requests.filter((request) => request.path === '/translate' && request.query['api-version'] === '3.0');
    expect(azure.length).toBeGreaterThanOrEqual(2);
    expect(azure.at(-1)!.headers['ocp-apim-subscription-key']).toBe(MOCK_AZURE_KEY);
    expect(azure.at(-1)!.headers['ocp-apim-subscription-region']).toBe(MOCK_AZURE_REGION);
    expect(azure.at(-1)!.query.to).toBe('en');

    // The key stays out of the settings every page can read.
    const settingsText = await serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('settings')));
    expect(settingsText).not.toContain(MOCK_AZURE_KEY);
  });

  test('when every other engine fails, the dictionary answers with a gloss that says it is one', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    engine.setMode('http-500');
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    const title = xhs.annotation(NOTE_ID, 'title');
    await expect(title).toHaveAttribute('data-ferry-status', 'done', { timeout: 30_000 });
    await expect(title).toContainText('Translated by dictionary gloss (not a translation)');
    const gloss = xhs.annotationText(NOTE_ID, 'title');
    await expect(gloss).toContainText('成都 Chéngdū “Chengdu” · 三 sān');
    await expect(gloss).toContainText('火锅 huǒguō “hotpot');
    // Microsoft and both Google endpoints were tried first.
    const paths = new Set(engine.requests.map((request) => request.path));
    for (const path of ['/translate/translatetext', '/v1/translateHtml', '/translate_a/single']) expect(paths).toContain(path);
    await xhs.page.screenshot({ path: 'docs/screenshots/xiaohongshu-dictionary-gloss.png' });
  });

  test('the options page credits CC-CEDICT and explains Test results for Google in plain words', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByTestId('dictionary-credit')).toHaveText(/CC-CEDICT \(© MDBG and contributors, CC BY-SA 4\.0\)/);
    await expect(options.engine('google-free')).toContainText('no key');

    await options.testButton('google-free').click();
    await expect(options.testResult('google-free')).toHaveText(/^Works: "Hello, world!" → "你好，世界！" in \d+ ms\.$/);

    await options.testButton('google-cloud').click();
    await expect(options.testResult('google-cloud')).toContainText('Did not work: The engine refused the API key.');
    await expect(options.testResult('google-cloud')).toContainText('Cloud Translation API turned on');

    // A key whose project has billing off: a quota problem, said as one.
    await options.setKey('google-cloud', GOOGLE_CLOUD_SCENARIO_KEYS.billingDisabled);
    await options.testButton('google-cloud').click();
    await expect(options.testResult('google-cloud')).toHaveText(
      "Did not work: The engine's quota or credit is used up. Add credit or switch engines in Settings → Translation engines.",
    );
  });
});
