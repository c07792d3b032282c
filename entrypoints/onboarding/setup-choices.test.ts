import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings/schema';
import { applySetupChoices } from './setup-choices';

describe('first-run setup', () => {
  it('a moderator with a key gets the moderator mode and notes, and the chat engine first', () => {
    const current = { ...defaultSettings(), engines: { ...defaultSettings().engines, disabled: ['openai-compatible' as const] } };
    const next = applySetupChoices(current, { role: 'moderator', targetLanguage: 'zh-Hans', engine: 'key', openai: { baseUrl: 'http://localhost:11434/v1', model: 'qwen' } });
    expect(next).toMatchObject({ mode: 'moderator', targetLanguage: 'zh-Hans', notes: { audience: 'moderator' }, privacy: { onDeviceOnly: false } });
    expect(next.engines.order[0]).toBe('openai-compatible');
    expect(next.engines.disabled).not.toContain('openai-compatible');
    expect(next.engines.openaiCompatible).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'qwen' });
    expect(new Set(next.engines.order).size).toBe(next.engines.order.length);
  });

  it('on-device keeps posts on the computer; a reader stays in reader mode', () => {
    const next = applySetupChoices(defaultSettings(), { role: 'local-reader', targetLanguage: 'auto', engine: 'on-device' });
    expect(next).toMatchObject({ mode: 'reader', notes: { audience: 'local-reader' }, privacy: { onDeviceOnly: true } });
    expect(next.engines.order[0]).toBe('chrome-builtin');
  });

  it('no choice keeps a service it does not name as a silent fallback', () => {
    const key = applySetupChoices(defaultSettings(), { role: 'foreign-reader', targetLanguage: 'en', engine: 'key', openai: { baseUrl: 'http://localhost:11434/v1', model: 'qwen' } });
    expect(key.engines.disabled).toEqual(expect.arrayContaining(['microsoft-edge', 'google-free', 'deepl', 'azure', 'google-cloud', 'libretranslate']));
    const free = applySetupChoices(defaultSettings(), { role: 'foreign-reader', targetLanguage: 'en', engine: 'free' });
    expect(free.engines.disabled).not.toContain('google-free');
    expect(free.engines.disabled).toEqual(expect.arrayContaining(['openai-compatible', 'deepl', 'azure', 'google-cloud', 'libretranslate']));
    const local = applySetupChoices(defaultSettings(), { role: 'foreign-reader', targetLanguage: 'en', engine: 'on-device' });
    expect(local.engines.disabled).not.toContain('dictionary');
    expect(local.engines.disabled).toContain('microsoft-edge');
  });
});
