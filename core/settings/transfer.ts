import { z } from 'zod';
import { parseSettings, settingsSchema, type Settings } from './schema';
import { secretsSchema, SECRET_NAMES, type Secrets } from './secrets';

export const SETTINGS_FILE_FORMAT = 'ferry-settings';
export const SETTINGS_FILE_VERSION = 1;

/**
 * The settings schema without any of its fallbacks. Storage repairs a broken
 * field quietly; an imported file must instead be valid as a whole, so a typo
 * is reported rather than turned into a default.
 */
function withoutFallbacks(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodCatch) return withoutFallbacks(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, value]) => [key, withoutFallbacks(value as z.ZodType)]));
    return z.strictObject(shape);
  }
  if (schema instanceof z.ZodArray) return schema.clone({ ...schema._zod.def, element: withoutFallbacks(schema.element as z.ZodType) });
  if (schema instanceof z.ZodUnion) return schema.clone({ ...schema._zod.def, options: schema.options.map((option) => withoutFallbacks(option as z.ZodType)) });
  if (schema instanceof z.ZodPipe) return schema.clone({ ...schema._zod.def, in: withoutFallbacks(schema.in as z.ZodType) });
  return schema;
}

const strictSettings = (withoutFallbacks(settingsSchema) as z.ZodObject).partial();
const strictSecrets = z.strictObject(Object.fromEntries(SECRET_NAMES.map((name) => [name, z.string().max(512)]))).partial();

const settingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  settings: strictSettings,
  secrets: strictSecrets.optional(),
});

export type ImportFailure = 'not-json' | 'not-ferry' | 'invalid';
export type ImportResult = { ok: true; settings: Settings; secrets?: Partial<Secrets> } | { ok: false; reason: ImportFailure; path?: string };

/** The JSON a user downloads. API keys are included only when asked for. */
export function exportSettingsFile(settings: Settings, secrets?: Secrets, now = new Date()): string {
  const file: z.input<typeof settingsFileSchema> = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
    // Only keys that are set: an empty entry would clear a key on import.
    ...(secrets ? { secrets: Object.fromEntries(Object.entries(secretsSchema.parse(secrets)).filter(([, value]) => value)) } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads an imported file. Fields the file leaves out keep their current value;
 * anything unknown or malformed rejects the whole file, so nothing half-applies.
 */
export function parseSettingsFile(text: string, current: Settings): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!raw || typeof raw !== 'object' || (raw as Record<string, unknown>).format !== SETTINGS_FILE_FORMAT) return { ok: false, reason: 'not-ferry' };
  const parsed = settingsFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', path: parsed.error.issues[0]?.path.join('.') || undefined };
  const settings = parseSettings({ ...current, ...(parsed.data.settings as Partial<Settings>) });
  const secrets = Object.fromEntries(Object.entries(parsed.data.secrets ?? {}).filter(([, value]) => typeof value === 'string' && value.trim())) as Partial<Secrets>;
  return Object.keys(secrets).length > 0 ? { ok: true, settings, secrets } : { ok: true, settings };
}
