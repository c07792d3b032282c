import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deletePrivateStore } from './private-store';
import { loadSecrets, migrateLegacySecrets, saveSecret } from './secrets';

beforeEach(async () => {
  fakeBrowser.reset();
  await deletePrivateStore();
});
afterEach(deletePrivateStore);

describe('secrets', () => {
  it('keeps a saved key out of storage.local, the area content scripts can read', async () => {
    await saveSecret('openaiCompatibleApiKey', ' sk-test-1234567890 ');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await loadSecrets()).openaiCompatibleApiKey).toBe('sk-test-1234567890');
  });

  it('moves keys an older version left in storage.local into the private store and deletes them there', async () => {
    await fakeBrowser.storage.local.set({ secrets: { deeplApiKey: 'old-deepl:fx', azureApiKey: 'old-azure' } });
    await saveSecret('azureApiKey', 'newer-azure');
    await migrateLegacySecrets();
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({});
    const secrets = await loadSecrets();
    expect(secrets.deeplApiKey).toBe('old-deepl:fx');
    expect(secrets.azureApiKey).toBe('newer-azure');
  });

  it('after the first migration, a key a content script writes into storage.local is deleted, never used', async () => {
    await migrateLegacySecrets();
    await fakeBrowser.storage.local.set({ secrets: { openaiCompatibleApiKey: 'sk-planted-by-page' } });
    await migrateLegacySecrets();
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({});
    expect((await loadSecrets()).openaiCompatibleApiKey).toBe('');
  });
});
