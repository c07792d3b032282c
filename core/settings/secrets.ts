import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * API keys. Kept apart from the settings item so the content script, which
 * reads settings, never loads a key. Only the background reads this item; the
 * options page writes it through a privileged message and reads masked values.
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

export const secretsItem = storage.defineItem<Record<string, unknown>>('local:secrets', {
  fallback: {},
});

export async function loadSecrets(): Promise<Secrets> {
  return secretsSchema.parse((await secretsItem.getValue()) ?? {});
}

export async function saveSecret(name: SecretName, value: string): Promise<void> {
  const current = await loadSecrets();
  await secretsItem.setValue({ ...current, [name]: value.trim() });
}

/** "sk-…a1b2": enough to recognise a key, never enough to use it. */
export function maskSecret(value: string): string {
  if (!value) return '';
  if (value.length <= 8) return '••••';
  return `${value.slice(0, 3)}…${value.slice(-4)}`;
}
