import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TARGET_LANGUAGES } from '../../../core/languages';
import { migrateSettingsV1ToV2 } from '../../../core/settings/migrations';
import { defaultSettings, ENGINE_IDS, parseSettings, repairedFields, settingsSchema, UI_LANGUAGES, type Settings } from '../../../core/settings/schema';
import { anyJson } from './arbitraries';

const URLS = ['https://api.openai.com/v1', 'http://localhost:11434/v1', 'https://example.com', 'http://127.0.0.1:8080/base'];
const LOCALES = ['zh-CN', 'zh_TW', 'zh-HK', 'en-US', 'ja', 'auto', 'xx-YY', ''];

/** Storage as a user, an old version, a sync conflict or a hand-edited export could leave it. */
const storedSettings: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  fc.record(Object.fromEntries(Object.keys(settingsSchema.shape).map((key) => [key, anyJson])), { requiredKeys: [] }),
  fc.record(
    {
      enabled: fc.oneof(fc.boolean(), anyJson),
      targetLanguage: fc.oneof(fc.constantFrom(...LOCALES, ...TARGET_LANGUAGES), anyJson),
      siteEnabled: fc.oneof(fc.dictionary(fc.string({ maxLength: 70 }), fc.oneof(fc.boolean(), anyJson)), anyJson),
      disabledSites: fc.oneof(fc.array(fc.string({ maxLength: 70 }), { maxLength: 105 }), anyJson),
      engines: fc.oneof(
        anyJson,
        fc.record(
          {
            order: fc.array(fc.oneof(fc.constantFrom(...ENGINE_IDS), fc.string()), { maxLength: 12 }),
            disabled: fc.array(fc.oneof(fc.constantFrom(...ENGINE_IDS), fc.string()), { maxLength: 12 }),
            openaiCompatible: fc.record({ baseUrl: fc.oneof(fc.constantFrom(...URLS.map((url) => ` ${url}// `)), fc.webUrl(), anyJson), model: fc.oneof(fc.string(), anyJson) }),
            deepl: fc.record({ baseUrl: fc.oneof(fc.constant(''), fc.webUrl(), fc.constant('javascript:alert(1)')), formality: anyJson }),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

/** Settings a user can reach through the options page (on top of today's defaults, whatever fields they have). */
const validSettings: fc.Arbitrary<Settings> = fc
  .record({
    enabled: fc.boolean(),
    disabledSites: fc.array(fc.string({ maxLength: 64 }), { maxLength: 20 }),
    targetLanguage: fc.constantFrom('auto' as const, ...TARGET_LANGUAGES),
    uiLanguage: fc.constantFrom('auto' as const, ...UI_LANGUAGES),
    order: fc.shuffledSubarray([...ENGINE_IDS], { minLength: ENGINE_IDS.length }),
    disabled: fc.subarray([...ENGINE_IDS]),
    openaiUrl: fc.constantFrom(...URLS),
    model: fc.constantFrom('gpt-4o-mini', 'deepseek-chat', 'qwen2.5:7b'),
    onDeviceOnly: fc.boolean(),
  })
  .map(({ order, disabled, openaiUrl, model, onDeviceOnly, ...top }) => {
    const defaults = defaultSettings();
    return {
      ...defaults,
      ...top,
      engines: { ...defaults.engines, order, disabled, openaiCompatible: { ...defaults.engines.openaiCompatible, baseUrl: openaiUrl, model } },
      privacy: { ...defaults.privacy, onDeviceOnly },
    };
  });

/** Valid: a fixed point of the parser, nothing left to repair, every engine named once, plain JSON. */
function expectValid(settings: Settings): void {
  expect(parseSettings(settings)).toEqual(settings);
  expect(repairedFields(settings)).toEqual([]);
  expect([...settings.engines.order].sort()).toEqual([...ENGINE_IDS].sort());
  expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
}

export function settingsProperties(runs: number): void {
  it('an array in storage falls back to the defaults instead of throwing (found by fuzzing)', () => {
    expect(parseSettings([])).toEqual(defaultSettings());
    expect(parseSettings([{ enabled: false }])).toEqual(defaultSettings());
  });

  it(`any stored value parses, without throwing, into valid settings (${runs} cases)`, () => {
    fc.assert(
      fc.property(storedSettings, (stored) => expectValid(parseSettings(stored))),
      { numRuns: runs },
    );
  });

  it(`the version 1 to 2 migration takes any stored value and its result parses into valid settings (${runs} cases)`, () => {
    fc.assert(
      fc.property(storedSettings, (stored) => {
        const migrated = migrateSettingsV1ToV2(stored);
        expect(typeof migrated).toBe('object');
        expectValid(parseSettings(migrated));
      }),
      { numRuns: runs },
    );
  });

  it(`valid settings come back unchanged from parsing, storage (JSON) and a repeated migration check (${runs} cases)`, () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expectValid(settings);
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
        expect(repairedFields(JSON.parse(JSON.stringify(settings)))).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
}
