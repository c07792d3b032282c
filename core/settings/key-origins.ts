import { z } from 'zod';
import { DEFAULT_AZURE_URL, DEFAULT_GOOGLE_CLOUD_URL, DEFAULT_OPENAI_URL, engineIdSchema, type EngineId, type Settings } from './schema';
import type { SecretName } from './secret-names';
import { readPrivate, updatePrivate } from './private-store';
import { storage } from 'wxt/utils/storage';

/**
 * The hosts the user confirmed, per keyed engine, as the places its key may go.
 * A settings import or a rewrite of storage.local can change an engine's base
 * URL, and the key would follow it; host permissions do not stop requests to
 * hosts that happen to be granted (another engine's default host, a local
 * server). So a key goes only to its engine's packaged default host or to one
 * the user confirmed in the options, after seeing it. Kept in the private
 * store, which content scripts cannot open.
 */
const keyOriginsSchema = z.record(z.string(), z.array(z.string())).catch({});
type KeyOrigins = Partial<Record<EngineId, string[]>>;

const KEY_ORIGINS = 'keyOrigins';

export const KEYED_ENGINES = ['openai-compatible', 'azure', 'google-cloud', 'deepl', 'libretranslate'] as const satisfies readonly EngineId[];
export type KeyedEngine = (typeof KEYED_ENGINES)[number];

/** Which stored secret each keyed engine sends. */
export const KEY_OF: Record<KeyedEngine, SecretName> = {
  'openai-compatible': 'openaiCompatibleApiKey',
  azure: 'azureApiKey',
  'google-cloud': 'googleCloudApiKey',
  deepl: 'deeplApiKey',
  libretranslate: 'libretranslateApiKey',
};

const DEFAULT_ORIGIN: Partial<Record<EngineId, string>> = {
  'openai-compatible': new URL(DEFAULT_OPENAI_URL).origin,
  azure: new URL(DEFAULT_AZURE_URL).origin,
  'google-cloud': new URL(DEFAULT_GOOGLE_CLOUD_URL).origin,
};

/** Any record of which keys are stored: the secrets themselves, or the options page's masked copies. */
type KeysPresent = Partial<Record<SecretName, string>>;

/** The address a keyed engine would send its key to, or undefined when it holds no key (or has a fixed, packaged host). */
export function keyedEndpoint(id: EngineId, settings: Settings, secrets: KeysPresent): string | undefined {
  const engines = settings.engines;
  switch (id) {
    case 'openai-compatible':
      return secrets.openaiCompatibleApiKey ? engines.openaiCompatible.baseUrl : undefined;
    case 'azure':
      return secrets.azureApiKey ? engines.azure.baseUrl : undefined;
    case 'google-cloud':
      return secrets.googleCloudApiKey ? engines.googleCloud.baseUrl : undefined;
    // Empty: the host follows from the key (api.deepl.com or api-free.deepl.com, both in the manifest).
    case 'deepl':
      return secrets.deeplApiKey && engines.deepl.baseUrl ? engines.deepl.baseUrl : undefined;
    case 'libretranslate':
      return secrets.libretranslateApiKey && engines.libretranslate.baseUrl ? engines.libretranslate.baseUrl : undefined;
    default:
      return undefined;
  }
}

export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export async function loadKeyOrigins(): Promise<KeyOrigins> {
  return keyOriginsSchema.parse((await readPrivate(KEY_ORIGINS)) ?? {}) as KeyOrigins;
}

export function isKeyOriginConfirmed(origins: KeyOrigins, id: EngineId, origin: string): boolean {
  return DEFAULT_ORIGIN[id] === origin || (origins[id] ?? []).includes(origin);
}

/** The user saw this host and chose to send the engine's key there. */
export async function confirmKeyOrigin(id: EngineId, origin: string): Promise<void> {
  engineIdSchema.parse(id);
  await updatePrivate(KEY_ORIGINS, (current) => {
    const origins = keyOriginsSchema.parse(current ?? {});
    const list = origins[id] ?? [];
    return { ...origins, [id]: list.includes(origin) ? list : [...list, origin] };
  });
}

/** Keyed engines whose key would now go to a host the user has not confirmed, with that host. */
export function unconfirmedKeyOrigins(settings: Settings, secrets: KeysPresent, origins: KeyOrigins): { id: KeyedEngine; origin: string }[] {
  return KEYED_ENGINES.flatMap((id) => {
    const endpoint = keyedEndpoint(id, settings, secrets);
    const origin = endpoint ? originOf(endpoint) : undefined;
    return origin && !isKeyOriginConfirmed(origins, id, origin) ? [{ id, origin }] : [];
  });
}

/**
 * An update from a version without this record: the hosts configured then were
 * the user's own setup, so they stay confirmed. A fresh install starts empty.
 * Runs once, when the worker starts.
 */
export async function migrateKeyOrigins(): Promise<void> {
  if ((await readPrivate(KEY_ORIGINS)) !== undefined) return;
  const stored = await storage.getItem<{ engines?: Record<string, { baseUrl?: unknown }> }>('local:settings').catch(() => null);
  const engines = stored?.engines ?? {};
  const group: Record<KeyedEngine, string> = { 'openai-compatible': 'openaiCompatible', azure: 'azure', 'google-cloud': 'googleCloud', deepl: 'deepl', libretranslate: 'libretranslate' };
  const record: KeyOrigins = {};
  for (const id of KEYED_ENGINES) {
    const url = engines[group[id]]?.baseUrl;
    const origin = typeof url === 'string' && url ? originOf(url) : undefined;
    if (origin) record[id] = [origin];
  }
  await updatePrivate(KEY_ORIGINS, (current) => current ?? record);
}
