import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEngineServer, type EngineServer } from '@/test/mocks/engine-server';
import { MOCK_AZURE_KEY, MOCK_AZURE_REGION } from '@/test/mocks/providers/azure';
import { MOCK_GOOGLE_CLOUD_KEY } from '@/test/mocks/providers/google-cloud';
import { saveSettings } from '@/core/settings/items';
import { ENGINE_IDS } from '@/core/settings/schema';
import { migrateConsent, REMOTE_ENGINES, saveConsent } from '@/core/settings/consent';
import { deletePrivateStore } from '@/core/settings/private-store';
import { saveSecret } from '@/core/settings/secrets';
import { confirmKeyOrigin } from '@/core/settings/key-origins';
import { activeEngines } from './engine-registry';

let server: EngineServer;

beforeAll(async () => {
  server = await startEngineServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  fakeBrowser.reset();
  // The manifest's engine hosts and the loopback server count as granted; the key-origin case below grants less.
  fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins?: string[] }) => !(origins ?? []).some((origin) => origin.includes('attacker.example')));
  await deletePrivateStore();
  // Setup answered with every service allowed; the consent cases below start from other answers.
  await saveConsent({ answered: true, remote: [...REMOTE_ENGINES] });
  server.requests.length = 0;
});

const ids = async () => (await activeEngines()).map((engine) => engine.id);

async function pointAtServer() {
  await saveSettings((current) => ({
    ...current,
    engines: {
      ...current.engines,
      googleFree: { baseUrl: server.url, fallbackBaseUrl: server.url },
      googleCloud: { baseUrl: server.url },
      azure: { baseUrl: server.url, region: MOCK_AZURE_REGION },
    },
  }));
  // The user confirmed the loopback host for each keyed engine, as the options page asks.
  for (const id of ['google-cloud', 'azure'] as const) await confirmKeyOrigin(id, new URL(server.url).origin);
}

describe('engine registry', () => {
  it('orders the default chain: on-device, free Microsoft, Google, keyed engines, the dictionary last', () => {
    expect(ENGINE_IDS[0]).toBe('chrome-builtin');
    expect(ENGINE_IDS[1]).toBe('microsoft-edge');
    expect(ENGINE_IDS[2]).toBe('google-free');
    expect(ENGINE_IDS.at(-1)).toBe('dictionary');
  });

  it('without keys uses only the engines that need none, the dictionary last', async () => {
    expect(await ids()).toEqual(['chrome-builtin', 'microsoft-edge', 'google-free', 'dictionary']);
  });

  it('adds Google Cloud and Azure once their keys are saved, in the default order', async () => {
    await saveSecret('googleCloudApiKey', MOCK_GOOGLE_CLOUD_KEY);
    await saveSecret('azureApiKey', MOCK_AZURE_KEY);
    expect(await ids()).toEqual(['chrome-builtin', 'microsoft-edge', 'google-free', 'azure', 'google-cloud', 'dictionary']);
  });

  it('keeps only the on-device engine and the dictionary in on-device-only mode', async () => {
    await saveSecret('azureApiKey', MOCK_AZURE_KEY);
    await saveSettings((current) => ({ ...current, privacy: { onDeviceOnly: true } }));
    expect(await ids()).toEqual(['chrome-builtin', 'dictionary']);
  });

  it('hands the saved key and region to Azure and the key to Google Cloud', async () => {
    await pointAtServer();
    await saveSecret('googleCloudApiKey', MOCK_GOOGLE_CLOUD_KEY);
    await saveSecret('azureApiKey', MOCK_AZURE_KEY);
    const engines = await activeEngines();
    const batch = { texts: ['Hello, world!'], source: 'en', target: 'zh-Hant' };
    for (const id of ['azure', 'google-cloud', 'google-free'] as const) {
      const output = await engines.find((engine) => engine.id === id)!.translate(batch, new AbortController().signal);
      expect(output.translations).toEqual(['你好，世界！']);
    }
    expect(server.requests.map((request) => request.path)).toEqual(['/translate', '/language/translate/v2', '/v1/translateHtml']);
    expect(server.requests[0]!.headers['ocp-apim-subscription-region']).toBe(MOCK_AZURE_REGION);
    expect(server.requests[1]!.headers['x-goog-api-key']).toBe(MOCK_GOOGLE_CLOUD_KEY);
  });

  it('builds the dictionary as a local engine', async () => {
    const dictionary = (await activeEngines()).find((engine) => engine.id === 'dictionary')!;
    expect(dictionary.capabilities.remote).toBe(false);
    expect(dictionary.capabilities.languages).toEqual(['en']);
  });

  it('before setup is answered, a fresh install sends text nowhere: on-device engines only', async () => {
    await deletePrivateStore();
    await migrateConsent();
    await saveSecret('openaiCompatibleApiKey', 'sk-test-1234567890');
    expect(await ids()).toEqual(['chrome-builtin', 'dictionary']);
  });

  it('after "my key", Microsoft and Google are not silent fallbacks, even if storage.local turns them back on', async () => {
    await saveConsent({ answered: true, remote: ['openai-compatible'] });
    await saveSecret('openaiCompatibleApiKey', 'sk-test-1234567890');
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, disabled: [] }, privacy: { onDeviceOnly: false } }));
    expect(await ids()).toEqual(['chrome-builtin', 'openai-compatible', 'dictionary']);
  });

  it('an update from a version without consent keeps the engines the user had on', async () => {
    await deletePrivateStore();
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, disabled: ['google-free'] } }));
    await migrateConsent();
    expect(await ids()).toEqual(['chrome-builtin', 'microsoft-edge', 'dictionary']);
  });

  it("puts each engine's base URL in its cache key, so answers from an old endpoint are not served after a switch", async () => {
    await saveSecret('openaiCompatibleApiKey', 'sk-test-1234567890');
    const variant = async () => (await activeEngines()).find((engine) => engine.id === 'openai-compatible')!.cacheVariant;
    await confirmKeyOrigin('openai-compatible', 'https://temporary.example');
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { baseUrl: 'https://temporary.example/v1', model: 'm' } } }));
    const before = await variant();
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { baseUrl: 'https://api.openai.com/v1', model: 'm' } } }));
    expect(await variant()).not.toBe(before);
    expect(before).toContain('https://temporary.example/v1');
  });

  it('never hands a key to an origin the browser has not granted, such as one a settings import put there', async () => {
    await saveSecret('openaiCompatibleApiKey', 'sk-test-1234567890');
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { baseUrl: 'https://attacker.example/v1', model: 'm' } } }));
    expect(await ids()).not.toContain('openai-compatible');
    await saveSettings((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { baseUrl: 'https://api.openai.com/v1', model: 'm' } } }));
    expect(await ids()).toContain('openai-compatible');
  });

  it('sends no key to a new host an import put there, even a granted one, until the user confirms that host', async () => {
    await saveSecret('openaiCompatibleApiKey', 'sk-test-1234567890');
    await saveSecret('azureApiKey', MOCK_AZURE_KEY);
    await saveSecret('deeplApiKey', 'deepl-key:fx');
    await saveSecret('libretranslateApiKey', 'lt-key');
    await saveSecret('googleCloudApiKey', MOCK_GOOGLE_CLOUD_KEY);
    // The default hosts need no confirmation.
    expect(await ids()).toEqual(expect.arrayContaining(['openai-compatible', 'azure', 'google-cloud', 'deepl']));
    // An imported file moves every keyed engine to another host the browser does grant.
    const elsewhere = 'https://granted-elsewhere.example';
    await saveSettings((current) => ({
      ...current,
      engines: {
        ...current.engines,
        openaiCompatible: { baseUrl: `${elsewhere}/v1`, model: 'm' },
        azure: { baseUrl: elsewhere, region: '' },
        googleCloud: { baseUrl: elsewhere },
        deepl: { ...current.engines.deepl, baseUrl: elsewhere },
        libretranslate: { baseUrl: elsewhere },
      },
    }));
    const keyed = ['openai-compatible', 'azure', 'google-cloud', 'deepl', 'libretranslate'] as const;
    const active = await ids();
    for (const id of keyed) expect(active).not.toContain(id);
    for (const id of keyed) await confirmKeyOrigin(id, elsewhere);
    expect(await ids()).toEqual(expect.arrayContaining([...keyed]));
  });
});
