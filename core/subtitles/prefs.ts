import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** The reader's subtitle choices, apart from the main settings: the player control changes them often. */
export const subtitlePrefsSchema = z.object({
  enabled: z.boolean().catch(true),
  display: z.enum(['both', 'translation-only']).catch('both'),
  size: z.enum(['small', 'medium', 'large']).catch('medium'),
  position: z.enum(['bottom', 'top']).catch('bottom'),
});
export type SubtitlePrefs = z.infer<typeof subtitlePrefsSchema>;

export const defaultSubtitlePrefs = (): SubtitlePrefs => ({ enabled: true, display: 'both', size: 'medium', position: 'bottom' });

/** A corrupt stored value falls back field by field, never throws. */
export function parseSubtitlePrefs(raw: unknown): SubtitlePrefs {
  const parsed = subtitlePrefsSchema.safeParse(raw && typeof raw === 'object' ? raw : {});
  return parsed.success ? parsed.data : defaultSubtitlePrefs();
}

export const subtitlePrefsItem = storage.defineItem<Record<string, unknown>>('local:subtitles', { fallback: defaultSubtitlePrefs() });

export async function loadSubtitlePrefs(): Promise<SubtitlePrefs> {
  return parseSubtitlePrefs(await subtitlePrefsItem.getValue());
}

export async function saveSubtitlePrefs(update: Partial<SubtitlePrefs>): Promise<SubtitlePrefs> {
  const next = parseSubtitlePrefs({ ...(await loadSubtitlePrefs()), ...update });
  await subtitlePrefsItem.setValue(next);
  return next;
}

export function watchSubtitlePrefs(callback: (prefs: SubtitlePrefs) => void): () => void {
  return subtitlePrefsItem.watch((value) => callback(parseSubtitlePrefs(value)));
}
