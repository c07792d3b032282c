/**
 * Language codes Ferry speaks internally. Chinese is always carried with its
 * script (zh-Hans / zh-Hant) so Simplified vs Traditional survives every hop;
 * each engine maps these to its own codes.
 */
export const TARGET_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'fr', 'de'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Turns any browser or user locale into a target language. A Simplified or
 * Traditional Chinese browser gets that script; everything else we do not
 * translate into yet falls back to English.
 */
export function targetLanguageFromLocale(locale: string | undefined | null): TargetLanguage {
  const parts = (locale ?? '').trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const [base, ...rest] = parts;
  if (base === 'zh') {
    if (rest.includes('hant') || rest.some((part) => TRADITIONAL_REGIONS.has(part))) return 'zh-Hant';
    return 'zh-Hans';
  }
  const match = TARGET_LANGUAGES.find((code) => code === base);
  return match ?? 'en';
}

/** The primary language subtag, used to decide whether a text needs translating at all. */
export function baseLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}
