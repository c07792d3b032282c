import { targetLanguageFromLocale, type TargetLanguage } from '../languages';
import type { Settings, UiLanguage } from '../settings/schema';

/** Ferry's own UI language: the user's pick, else the browser's (Chinese by script; Japanese, Korean, Spanish), else English. */
export function resolveUiLanguage(setting: Settings['uiLanguage'], browserLocale: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  const target = targetLanguageFromLocale(browserLocale);
  if (target === 'zh-Hans') return 'zh-CN';
  if (target === 'zh-Hant') return 'zh-TW';
  if (target === 'ja' || target === 'ko' || target === 'es') return target;
  return 'en';
}

export function resolveTargetLanguage(setting: Settings['targetLanguage'], browserLocale: string | undefined): TargetLanguage {
  return setting === 'auto' ? targetLanguageFromLocale(browserLocale) : setting;
}

/** BCP-47 tag for the `lang` attribute of text in a target language. */
export function langAttribute(target: string): string {
  return target;
}
