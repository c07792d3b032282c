import { createMicrosoftEdgeEngine } from '@/core/engines/microsoft-edge';
import { createOpenAiCompatibleEngine } from '@/core/engines/openai-compatible';
import type { TranslationEngine } from '@/core/engines/types';
import { loadSettings } from '@/core/settings/items';
import type { EngineId, Settings } from '@/core/settings/schema';
import { loadSecrets, type Secrets } from '@/core/settings/secrets';

export function buildEngine(id: EngineId, settings: Settings, secrets: Secrets): TranslationEngine | undefined {
  switch (id) {
    case 'microsoft-edge':
      return createMicrosoftEdgeEngine({ baseUrl: settings.engines.microsoftEdge.baseUrl });
    case 'openai-compatible':
      // An LLM without a key is not configured yet: leave it out of the chain.
      if (!secrets.openaiCompatibleApiKey) return undefined;
      return createOpenAiCompatibleEngine({ ...settings.engines.openaiCompatible, apiKey: secrets.openaiCompatibleApiKey });
  }
}

/** The engines to try, in the user's order, without disabled or unconfigured ones. */
export async function activeEngines(): Promise<TranslationEngine[]> {
  const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
  return settings.engines.order
    .filter((id) => !settings.engines.disabled.includes(id))
    .map((id) => buildEngine(id, settings, secrets))
    .filter((engine): engine is TranslationEngine => engine !== undefined);
}
