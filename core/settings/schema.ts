import { z } from 'zod';
import { AUDIENCES } from '../knowledge/notes';
import { regionSchema } from '../knowledge/schema';
import { TARGET_LANGUAGES } from '../languages';
import { defaultModerationSettings, moderationSettingsSchema } from '../moderation/jurisdiction';

/** Cache size caps the options page offers, in MB. */
export const CACHE_SIZE_CHOICES_MB = [25, 50, 100, 200, 500] as const;

export const ALL_REGIONS = ['CN', 'HK', 'TW', 'US', 'EU', 'UK'] as const;

/** Every engine, in the default order: on-device first, then free endpoints, then keyed services, then the offline dictionary. */
export const ENGINE_IDS = [
  'chrome-builtin',
  'microsoft-edge',
  'google-free',
  'deepl',
  'openai-compatible',
  'azure',
  'google-cloud',
  'libretranslate',
  'dictionary',
] as const;
export const engineIdSchema = z.enum(ENGINE_IDS);
export type EngineId = z.infer<typeof engineIdSchema>;

export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const targetLanguageSchema = z.enum(TARGET_LANGUAGES);

/** How Ferry reads with you: translations (reader), translations plus word help (learner), or the moderator overlay. */
export const MODES = ['reader', 'learner', 'moderator'] as const;
export const FONT_SIZES = ['small', 'medium', 'large'] as const;
/** 'page' follows the page's own light or dark look (see page-scheme.ts). */
export const CARD_THEMES = ['page', 'light', 'dark'] as const;

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

export const DEFAULT_MICROSOFT_EDGE_URL = 'https://edge.microsoft.com';
export const DEFAULT_OPENAI_URL = 'https://api.openai.com/v1';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_GOOGLE_FREE_URL = 'https://translate-pa.googleapis.com';
export const DEFAULT_GOOGLE_GTX_URL = 'https://translate.googleapis.com';
export const DEFAULT_GOOGLE_CLOUD_URL = 'https://translation.googleapis.com';
export const DEFAULT_AZURE_URL = 'https://api.cognitive.microsofttranslator.com';

/**
 * Every user setting except secrets. API keys live in a separate storage item
 * (see secrets.ts) that only the background and the options page touch.
 * Each field falls back on its own, so one corrupt value never resets the rest.
 */
export const settingsSchema = z.object({
  enabled: z.boolean().catch(true),
  disabledSites: z.array(z.string().max(64)).max(100).catch([]),
  targetLanguage: z.union([z.literal('auto'), targetLanguageSchema]).catch('auto'),
  uiLanguage: z.union([z.literal('auto'), uiLanguageSchema]).catch('auto'),
  display: z.enum(['both', 'translation-only']).catch('both'),
  mode: z.enum(MODES).catch('reader'),
  /** Posts in these languages are left as they are. */
  neverTranslate: z.array(targetLanguageSchema).max(TARGET_LANGUAGES.length).catch([]),
  appearance: z
    .object({ fontSize: z.enum(FONT_SIZES).catch('medium'), theme: z.enum(CARD_THEMES).catch('page') })
    .catch({ fontSize: 'medium' as const, theme: 'page' as const }),
  engines: z
    .object({
      order: z.array(engineIdSchema).catch([...ENGINE_IDS]),
      disabled: z.array(engineIdSchema).catch([]),
      microsoftEdge: z.object({ baseUrl: httpUrl.catch(DEFAULT_MICROSOFT_EDGE_URL) }).catch({ baseUrl: DEFAULT_MICROSOFT_EDGE_URL }),
      openaiCompatible: z
        .object({
          baseUrl: httpUrl.catch(DEFAULT_OPENAI_URL),
          model: z.string().trim().min(1).max(200).catch(DEFAULT_OPENAI_MODEL),
        })
        .catch({ baseUrl: DEFAULT_OPENAI_URL, model: DEFAULT_OPENAI_MODEL }),
      googleFree: z
        .object({ baseUrl: httpUrl.catch(DEFAULT_GOOGLE_FREE_URL), fallbackBaseUrl: httpUrl.catch(DEFAULT_GOOGLE_GTX_URL) })
        .catch({ baseUrl: DEFAULT_GOOGLE_FREE_URL, fallbackBaseUrl: DEFAULT_GOOGLE_GTX_URL }),
      googleCloud: z.object({ baseUrl: httpUrl.catch(DEFAULT_GOOGLE_CLOUD_URL) }).catch({ baseUrl: DEFAULT_GOOGLE_CLOUD_URL }),
      azure: z
        .object({ baseUrl: httpUrl.catch(DEFAULT_AZURE_URL), region: z.string().trim().max(64).catch('') })
        .catch({ baseUrl: DEFAULT_AZURE_URL, region: '' }),
      deepl: z
        .object({
          /** Empty: chosen from the key (free keys end in ":fx"). */
          baseUrl: z.union([z.literal(''), httpUrl]).catch(''),
          formality: z.enum(['default', 'more', 'less', 'prefer_more', 'prefer_less']).catch('default'),
          glossaryId: z.string().trim().max(100).catch(''),
        })
        .catch({ baseUrl: '', formality: 'default' as const, glossaryId: '' }),
      libretranslate: z.object({ baseUrl: z.union([z.literal(''), httpUrl]).catch('') }).catch({ baseUrl: '' }),
    })
    .catch(() => defaultEngines()),
  notes: z
    .object({
      /** Who Ferry explains things for: readers of the other language, or moderators (everything, policy first). */
      audience: z.enum(AUDIENCES).catch('foreign-reader'),
      kinds: z
        .object({ slang: z.boolean().catch(true), culture: z.boolean().catch(true), policy: z.boolean().catch(true) })
        .catch({ slang: true, culture: true, policy: true }),
      regions: z.array(regionSchema).catch([...ALL_REGIONS]),
    })
    .catch({ audience: 'foreign-reader' as const, kinds: { slang: true, culture: true, policy: true }, regions: [...ALL_REGIONS] }),
  privacy: z
    .object({
      /** Only engines that run on this computer: the on-device model and the dictionary. */
      onDeviceOnly: z.boolean().catch(false),
    })
    .catch({ onDeviceOnly: false }),
  /** Moderator mode: the jurisdiction profile whose rules count. */
  moderation: moderationSettingsSchema.catch(() => defaultModerationSettings()),
  /** The translation cache's size cap; least recently used entries go first past it. */
  cache: z.object({ maxMegabytes: z.union(CACHE_SIZE_CHOICES_MB.map((size) => z.literal(size))).catch(50) }).catch({ maxMegabytes: 50 as const }),
});

export type Settings = z.infer<typeof settingsSchema>;

function defaultEngines(): Settings['engines'] {
  return settingsSchema.shape.engines.parse({});
}

export function defaultSettings(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    targetLanguage: 'auto',
    uiLanguage: 'auto',
    display: 'both',
    mode: 'reader',
    neverTranslate: [],
    appearance: { fontSize: 'medium', theme: 'page' },
    engines: defaultEngines(),
    notes: { audience: 'foreign-reader', kinds: { slang: true, culture: true, policy: true }, regions: [...ALL_REGIONS] },
    privacy: { onDeviceOnly: false },
    moderation: defaultModerationSettings(),
    cache: { maxMegabytes: 50 },
  };
}

/**
 * Names of the top-level settings that were present in storage but unreadable
 * and so fell back to their defaults. The options page tells the user.
 */
export function repairedFields(raw: unknown): (keyof Settings | 'all')[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return ['all'];
  const shape = settingsSchema.shape;
  const record = raw as Record<string, unknown>;
  return (Object.keys(shape) as (keyof Settings)[]).filter((key) => {
    if (!(key in record)) return false;
    const strict = shape[key].removeCatch();
    return !strict.safeParse(record[key]).success;
  });
}

/**
 * Reads anything found in storage into valid settings. Unknown keys are dropped,
 * broken fields take their defaults, and the order list always names every engine once.
 */
export function parseSettings(raw: unknown): Settings {
  // An array is an object too, but not settings: it would fail the whole parse instead of falling back.
  const base = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const settings = settingsSchema.parse(base);
  // Moderator mode implies the moderator audience for notes (policy first, notes on text in the reader's own language too).
  const notes = settings.mode === 'moderator' ? { ...settings.notes, audience: 'moderator' as const } : settings.notes;
  return { ...settings, notes, engines: { ...settings.engines, order: completeEngineOrder(settings.engines.order) } };
}

/**
 * Each engine once, in the user's order; engines the list does not name yet
 * (added in an update) go where the default order puts them relative to the rest.
 */
export function completeEngineOrder(order: readonly EngineId[]): EngineId[] {
  const result = order.filter((id, index) => order.indexOf(id) === index);
  ENGINE_IDS.forEach((id, defaultIndex) => {
    if (result.includes(id)) return;
    const nextKnown = ENGINE_IDS.slice(defaultIndex + 1).find((later) => result.includes(later));
    result.splice(nextKnown ? result.indexOf(nextKnown) : result.length, 0, id);
  });
  return result;
}
