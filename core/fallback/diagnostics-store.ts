import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { LayoutDiagnosis } from './layout-check';

/** The last few diagnoses, newest first; older ones are dropped. */
export const MAX_DIAGNOSES = 20;

const diagnosisSchema = z.object({
  adapter: z.string(),
  host: z.string(),
  pageKey: z.string(),
  failedSelectors: z.array(z.object({ name: z.string(), selector: z.string() })),
  textBlocks: z.number(),
  at: z.string(),
});

const diagnosesItem = storage.defineItem<unknown>('local:layoutDiagnoses', { fallback: [] });

/** Stored diagnoses; unreadable entries (an older format, a corrupt store) are left out. */
export async function loadDiagnoses(): Promise<LayoutDiagnosis[]> {
  const raw = await diagnosesItem.getValue().catch(() => []);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = diagnosisSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Keeps one diagnosis per page (the latest). A full disk loses the record, never the page. */
export async function recordDiagnosis(diagnosis: LayoutDiagnosis): Promise<void> {
  const kept = (await loadDiagnoses()).filter((entry) => entry.pageKey !== diagnosis.pageKey);
  await diagnosesItem.setValue([diagnosis, ...kept].slice(0, MAX_DIAGNOSES)).catch(() => undefined);
}

export async function diagnosisFor(pageKey: string): Promise<LayoutDiagnosis | undefined> {
  return (await loadDiagnoses()).find((entry) => entry.pageKey === pageKey);
}

/** A page the adapter recognises again loses its old diagnosis. */
export async function clearDiagnosis(pageKey: string): Promise<void> {
  const all = await loadDiagnoses();
  if (all.some((entry) => entry.pageKey === pageKey)) await diagnosesItem.setValue(all.filter((entry) => entry.pageKey !== pageKey)).catch(() => undefined);
}
