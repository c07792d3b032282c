import { targetLanguageFromLocale } from '../languages';

/**
 * Version 1 stored the target language as a raw browser locale ("zh-CN",
 * "zh_TW", "en-US") and per-site switches as a map. Version 2 keeps script
 * codes (zh-Hans / zh-Hant) and a plain list of switched-off sites.
 */
export function migrateSettingsV1ToV2(v1: unknown): Record<string, unknown> {
  if (!v1 || typeof v1 !== 'object') return {};
  const { targetLanguage, siteEnabled, ...rest } = v1 as Record<string, unknown>;
  const next: Record<string, unknown> = { ...rest };
  if (typeof targetLanguage === 'string') {
    next.targetLanguage = targetLanguage === 'auto' ? 'auto' : targetLanguageFromLocale(targetLanguage);
  }
  if (siteEnabled && typeof siteEnabled === 'object') {
    next.disabledSites = Object.entries(siteEnabled as Record<string, unknown>)
      .filter(([, on]) => on === false)
      .map(([site]) => site);
  }
  return next;
}

export const SETTINGS_VERSION = 2;
export const settingsMigrations = { 2: migrateSettingsV1ToV2 };
