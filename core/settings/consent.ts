import { z } from 'zod';
import { ENGINE_IDS, engineIdSchema, type EngineId } from './schema';
import { readPrivate, updatePrivate, writePrivate } from './private-store';
import { storage } from 'wxt/utils/storage';

/**
 * Which services may receive page text, as the user chose them (onboarding,
 * or turning an engine on in the options). Kept in the private store, so a
 * content script that rewrites storage.local's settings cannot add a service.
 * Until `answered`, Ferry translates on this computer only.
 */
export const consentSchema = z.object({
  answered: z.boolean().catch(false),
  /** Engines that send text off the computer and that the user picked. */
  remote: z.array(engineIdSchema).catch([]),
});
export type Consent = z.infer<typeof consentSchema>;

const CONSENT_KEY = 'consent';

/** Engines that run on this computer and need no consent. */
export const LOCAL_ENGINES: readonly EngineId[] = ['chrome-builtin', 'dictionary'];
export const REMOTE_ENGINES: readonly EngineId[] = ENGINE_IDS.filter((id) => !LOCAL_ENGINES.includes(id));

export async function loadConsent(): Promise<Consent> {
  return consentSchema.parse((await readPrivate(CONSENT_KEY)) ?? {});
}

export async function saveConsent(consent: Consent): Promise<void> {
  await writePrivate(CONSENT_KEY, consentSchema.parse(consent));
}

/** The user turned engines on or off in the options: exactly those remote engines may receive text. */
export async function allowRemoteEngines(enabled: readonly EngineId[]): Promise<void> {
  await saveConsent({ answered: true, remote: enabled.filter((id) => REMOTE_ENGINES.includes(id)) });
}

export function mayReceiveText(consent: Consent, id: EngineId): boolean {
  return LOCAL_ENGINES.includes(id) || (consent.answered && consent.remote.includes(id));
}

/**
 * An update from a version without consent: someone who already used Ferry
 * keeps the engines they had on. A fresh install (no settings stored) starts
 * unanswered. Runs once, before the background reads consent.
 */
export async function migrateConsent(): Promise<void> {
  if ((await readPrivate(CONSENT_KEY)) !== undefined) return;
  // Raw, without the settings item's fallback: absent means nothing was ever saved.
  const stored = await storage.getItem<Record<string, unknown>>('local:settings').catch(() => null);
  const hadSettings = Boolean(stored && typeof stored === 'object' && Object.keys(stored).length > 0);
  const disabled = new Set(((stored as { engines?: { disabled?: unknown } } | null)?.engines?.disabled as EngineId[] | undefined) ?? []);
  const onDeviceOnly = (stored as { privacy?: { onDeviceOnly?: unknown } } | null)?.privacy?.onDeviceOnly === true;
  const consent: Consent = hadSettings ? { answered: true, remote: onDeviceOnly ? [] : REMOTE_ENGINES.filter((id) => !disabled.has(id)) } : { answered: false, remote: [] };
  // Written only if still absent: an answer given meanwhile (the setup page) wins.
  await updatePrivate(CONSENT_KEY, (current) => current ?? consent);
}
