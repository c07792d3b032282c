import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema';
import { exportSettingsFile, parseSettingsFile } from './transfer';

const secrets = { openaiCompatibleApiKey: 'sk-test-1234', deeplApiKey: '', azureApiKey: '', googleCloudApiKey: '', libretranslateApiKey: '' };

describe('settings file', () => {
  it('round-trips settings, and leaves keys out unless asked', () => {
    const settings = { ...defaultSettings(), targetLanguage: 'ja' as const, mode: 'learner' as const, neverTranslate: ['fr' as const] };
    const plain = exportSettingsFile(settings);
    expect(plain).not.toContain('sk-test');
    expect(parseSettingsFile(plain, defaultSettings())).toEqual({ ok: true, settings });
    const withKeys = parseSettingsFile(exportSettingsFile(settings, secrets), defaultSettings());
    expect(withKeys).toMatchObject({ ok: true, secrets: { openaiCompatibleApiKey: 'sk-test-1234' } });
  });

  it('keeps current values for fields the file leaves out', () => {
    const current = { ...defaultSettings(), display: 'translation-only' as const };
    const file = JSON.stringify({ format: 'ferry-settings', version: 1, settings: { targetLanguage: 'de' } });
    expect(parseSettingsFile(file, current)).toEqual({ ok: true, settings: { ...current, targetLanguage: 'de' } });
  });

  it('rejects what is not JSON, not a Ferry file, or has one bad value anywhere', () => {
    const wrap = (settings: unknown) => JSON.stringify({ format: 'ferry-settings', version: 1, settings });
    expect(parseSettingsFile('{not json', defaultSettings())).toEqual({ ok: false, reason: 'not-json' });
    expect(parseSettingsFile('{"theme":"dark"}', defaultSettings())).toEqual({ ok: false, reason: 'not-ferry' });
    expect(parseSettingsFile(wrap({ targetLanguage: 'klingon' }), defaultSettings())).toMatchObject({ ok: false, reason: 'invalid', path: 'settings.targetLanguage' });
    // Nested fallbacks do not swallow a bad value either.
    expect(parseSettingsFile(wrap({ engines: { ...defaultSettings().engines, order: ['nope'] } }), defaultSettings())).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseSettingsFile(wrap({ engines: { ...defaultSettings().engines, openaiCompatible: { baseUrl: 'ftp://x', model: 'm' } } }), defaultSettings())).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseSettingsFile(wrap({ surprise: true }), defaultSettings())).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('settings file keys', () => {
  it('exports only keys that are set, and an empty key in a file never clears one', () => {
    const file = exportSettingsFile(defaultSettings(), { ...secrets, deeplApiKey: '' });
    expect(Object.keys(JSON.parse(file).secrets)).toEqual(['openaiCompatibleApiKey']);
    const blank = JSON.stringify({ format: 'ferry-settings', version: 1, settings: {}, secrets: { deeplApiKey: '  ' } });
    expect(parseSettingsFile(blank, defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });
});
