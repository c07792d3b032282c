import { describe, expect, it } from 'vitest';
import { resolveUiLanguage } from './language';

describe('resolveUiLanguage', () => {
  it('follows the browser: Chinese by script, Japanese, Korean and Spanish, English otherwise', () => {
    const cases: [string, string][] = [
      ['zh-CN', 'zh-CN'],
      ['zh-HK', 'zh-TW'],
      ['ja', 'ja'],
      ['ja-JP', 'ja'],
      ['ko-KR', 'ko'],
      ['es-419', 'es'],
      ['es_ES', 'es'],
      ['fr-FR', 'en'],
      ['', 'en'],
    ];
    for (const [locale, expected] of cases) expect(resolveUiLanguage('auto', locale), locale).toBe(expected);
  });

  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveUiLanguage('ko', 'ja-JP')).toBe('ko');
  });
});
