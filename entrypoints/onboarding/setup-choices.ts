import { REMOTE_ENGINES } from '@/core/settings/consent';
import { ENGINE_IDS, type EngineId, type Settings } from '@/core/settings/schema';

export const ROLES = ['foreign-reader', 'local-reader', 'moderator'] as const;
export type Role = (typeof ROLES)[number];
export const ENGINE_CHOICES = ['on-device', 'free', 'key'] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

/** The services each choice sends text to, named on the setup page; no other service is a fallback. */
export const REMOTE_ENGINES_FOR: Record<EngineChoice, EngineId[]> = { 'on-device': [], free: ['microsoft-edge', 'google-free'], key: ['openai-compatible'] };

/** The engine asked first for each choice; the rest keep their default order as fallbacks. */
const FIRST_ENGINE: Record<EngineChoice, EngineId> = { 'on-device': 'chrome-builtin', free: 'microsoft-edge', key: 'openai-compatible' };

export interface SetupChoices {
  role: Role;
  targetLanguage: Settings['targetLanguage'];
  engine: EngineChoice;
  openai?: { baseUrl: string; model: string };
}

/**
 * The settings a first-run choice implies. A role sets who notes are written
 * for and the mode (moderators get the moderator overlay); the engine choice
 * puts that engine first, turns off every online service the choice does not
 * name, and "on-device" also keeps every post on the computer.
 */
export function applySetupChoices(current: Settings, choices: SetupChoices): Settings {
  const first = FIRST_ENGINE[choices.engine];
  const order = [first, ...ENGINE_IDS.filter((id) => id !== first)];
  return {
    ...current,
    enabled: true,
    targetLanguage: choices.targetLanguage,
    mode: choices.role === 'moderator' ? 'moderator' : 'reader',
    notes: { ...current.notes, audience: choices.role },
    privacy: { ...current.privacy, onDeviceOnly: choices.engine === 'on-device' },
    engines: {
      ...current.engines,
      order,
      disabled: [...new Set([...current.engines.disabled.filter((id) => id !== first), ...REMOTE_ENGINES.filter((id) => !REMOTE_ENGINES_FOR[choices.engine].includes(id))])],
      ...(choices.engine === 'key' && choices.openai ? { openaiCompatible: choices.openai } : {}),
    },
  };
}
