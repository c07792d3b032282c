import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { readPrivate, updatePrivate, writePrivate } from './private-store';

/**
 * API keys. They live in the extension origin's IndexedDB (private-store.ts),
 * never in storage.local, which content scripts can read. Only the background
 * reads them; the options page writes them through a privileged message and
 * reads masked values.
 */
const key = z.string().max(512).catch('');
export const secretsSchema = z.object({
  openaiCompatibleApiKey: key,
  deeplApiKey: key,
  azureApiKey: key,
  googleCloudApiKey: key,
  libretranslateApiKey: key,
});
import type { SecretName } from './secret-names';
export { SECRET_NAMES, type SecretName } from './secret-names';
export type Secrets = z.infer<typeof secretsSchema>;

/** Where versions before 0.2 kept the keys; read once by the migration, then deleted. */
export const legacySecretsItem = storage.defineItem<Record<string, unknown>>('local:secrets', {
  fallback: {},
});

const SECRETS_KEY = 'secrets';
const MIGRATED_KEY = 'secrets-migrated';

let migration: Promise<void> | undefined;

/**
 * Moves keys left in storage.local into the private store, once, and deletes
 * them from storage.local every time: after the first run, anything found there
 * was written by someone else (a content script) and is never taken as a key.
 */
export function migrateLegacySecrets(): Promise<void> {
  migration ??= (async () => {
    const legacy = (await legacySecretsItem.getValue()) ?? {};
    if ((await readPrivate(MIGRATED_KEY)) !== true) {
      const found = secretsSchema.parse(legacy);
      await updatePrivate(SECRETS_KEY, (current) => {
        const stored = secretsSchema.parse(current ?? {});
        // A key already in the private store wins over an old copy.
        return Object.fromEntries(Object.entries(stored).map(([name, value]) => [name, value || found[name as SecretName]]));
      });
      await writePrivate(MIGRATED_KEY, true);
    }
    await legacySecretsItem.removeValue();
  })().finally(() => {
    migration = undefined;
  });
  return migration;
}

export async function loadSecrets(): Promise<Secrets> {
  await migration;
  return secretsSchema.parse((await readPrivate(SECRETS_KEY)) ?? {});
}

export async function saveSecret(name: SecretName, value: string): Promise<void> {
  await migration;
  await updatePrivate(SECRETS_KEY, (current) => ({ ...secretsSchema.parse(current ?? {}), [name]: value.trim() }));
}

/** "sk-…a1b2": enough to recognise a key, never enough to use it. */
export function maskSecret(value: string): string {
  if (!value) return '';
  if (value.length <= 8) return '••••';
  return `${value.slice(0, 3)}…${value.slice(-4)}`;
}
