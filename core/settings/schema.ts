import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';

export const ENGINE_IDS = ['microsoft-edge', 'openai-compatible', 'chrome-builtin'] as const;
export const engineIdSchema = z.enum(ENGINE_IDS);
export type EngineId = z.infer<typeof engineIdSchema>;

export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const targetLanguageSchema = z.enum(TARGET_LANGUAGES);

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

export const DEFAULT_MICROSOFT_EDGE_URL = 'https://edge.microsoft.com';
export const DEFAULT_OPENAI_URL = 'https://api.openai.com/v1';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

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
  engines: z
    .object({
      order: z.array(engineIdSchema).catch([...ENGINE_IDS]),
      disabled: z.array(engineIdSchema).catch([]),
      microsoftEdge: z
        .object({ baseUrl: httpUrl.catch(DEFAULT_MICROSOFT_EDGE_URL) })
        .catch({ baseUrl: DEFAULT_MICROSOFT_EDGE_URL }),
      openaiCompatible: z
        .object({
          baseUrl: httpUrl.catch(DEFAULT_OPENAI_URL),
          model: z.string().trim().min(1).max(200).catch(DEFAULT_OPENAI_MODEL),
        })
        .catch({ baseUrl: DEFAULT_OPENAI_URL, model: DEFAULT_OPENAI_MODEL }),
    })
    .catch(() => defaultEngines()),
});

export type Settings = z.infer<typeof settingsSchema>;

function defaultEngines(): Settings['engines'] {
  return {
    order: [...ENGINE_IDS],
    disabled: [],
    microsoftEdge: { baseUrl: DEFAULT_MICROSOFT_EDGE_URL },
    openaiCompatible: { baseUrl: DEFAULT_OPENAI_URL, model: DEFAULT_OPENAI_MODEL },
  };
}

export function defaultSettings(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    targetLanguage: 'auto',
    uiLanguage: 'auto',
    display: 'both',
    engines: defaultEngines(),
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
  const base = raw && typeof raw === 'object' ? raw : {};
  const settings = settingsSchema.parse(base);
  const seen = new Set<EngineId>();
  const order = settings.engines.order.filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  for (const id of ENGINE_IDS) if (!seen.has(id)) order.push(id);
  return { ...settings, engines: { ...settings.engines, order } };
}
