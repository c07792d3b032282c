import type { EngineId, Settings } from '@/core/settings/schema';
import type { SecretName } from '@/core/settings/secret-names';

type EngineSettings = Settings['engines'];

/** A setting of one engine: where it lives in settings (or secrets) and how to edit it. */
export type EngineField =
  | { kind: 'url'; group: keyof EngineSettings; name: string; optional?: boolean; advanced?: boolean }
  | { kind: 'text'; group: keyof EngineSettings; name: string; label: 'model' | 'region' | 'glossaryId' }
  | { kind: 'select'; group: keyof EngineSettings; name: string; label: 'formality'; choices: readonly string[] }
  | { kind: 'secret'; secret: SecretName; optional?: boolean };

/** What each engine lets the user configure; the options page renders these as data. */
export const ENGINE_FIELDS: Record<EngineId, EngineField[]> = {
  'chrome-builtin': [],
  'microsoft-edge': [{ kind: 'url', group: 'microsoftEdge', name: 'baseUrl', advanced: true }],
  'google-free': [
    { kind: 'url', group: 'googleFree', name: 'baseUrl', advanced: true },
    { kind: 'url', group: 'googleFree', name: 'fallbackBaseUrl', advanced: true },
  ],
  deepl: [
    { kind: 'secret', secret: 'deeplApiKey' },
    { kind: 'select', group: 'deepl', name: 'formality', label: 'formality', choices: ['default', 'more', 'less', 'prefer_more', 'prefer_less'] },
    { kind: 'text', group: 'deepl', name: 'glossaryId', label: 'glossaryId' },
    { kind: 'url', group: 'deepl', name: 'baseUrl', optional: true, advanced: true },
  ],
  'openai-compatible': [
    { kind: 'url', group: 'openaiCompatible', name: 'baseUrl' },
    { kind: 'text', group: 'openaiCompatible', name: 'model', label: 'model' },
    { kind: 'secret', secret: 'openaiCompatibleApiKey' },
  ],
  azure: [
    { kind: 'secret', secret: 'azureApiKey' },
    { kind: 'text', group: 'azure', name: 'region', label: 'region' },
    { kind: 'url', group: 'azure', name: 'baseUrl', advanced: true },
  ],
  'google-cloud': [
    { kind: 'secret', secret: 'googleCloudApiKey' },
    { kind: 'url', group: 'googleCloud', name: 'baseUrl', advanced: true },
  ],
  libretranslate: [
    { kind: 'url', group: 'libretranslate', name: 'baseUrl' },
    { kind: 'secret', secret: 'libretranslateApiKey', optional: true },
  ],
  dictionary: [],
};

/** Engines that need something from the user before they can answer. */
export function isConfigured(id: EngineId, settings: Settings, masked: Partial<Record<SecretName, string>>): boolean {
  return ENGINE_FIELDS[id].every((field) => {
    if (field.kind === 'secret') return field.optional || Boolean(masked[field.secret]);
    if (field.kind === 'url') return field.optional || Boolean((settings.engines[field.group] as Record<string, string>)[field.name]);
    return true;
  });
}
