import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, type Settings } from './schema';
import { SETTINGS_VERSION, settingsMigrations } from './migrations';

/** All non-secret settings. Every context reads it and watches it for live changes. */
export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(update(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
