import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, repairedFields, type Settings } from './schema';
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

/** Settings plus the fields that were unreadable in storage; repairs are written back at once. */
export async function loadSettingsWithRepairs(): Promise<{ settings: Settings; repaired: ReturnType<typeof repairedFields> }> {
  const raw = await settingsItem.getValue();
  const settings = parseSettings(raw);
  const repaired = repairedFields(raw);
  if (repaired.length > 0) await settingsItem.setValue(settings);
  return { settings, repaired };
}

export async function saveSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(update(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
