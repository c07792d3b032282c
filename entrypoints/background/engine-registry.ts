import { browser } from 'wxt/browser';
import { createAzureEngine } from '@/core/engines/azure';
import { builtinDetectorApi, builtinTranslatorApi, createChromeBuiltinEngine } from '@/core/engines/chrome-builtin';
import { createDeeplEngine } from '@/core/engines/deepl';
import { createDictionaryEngine } from '@/core/engines/dictionary';
import { createGoogleCloudEngine } from '@/core/engines/google-cloud';
import { createGoogleFreeEngine } from '@/core/engines/google-free';
import { createLibreTranslateEngine } from '@/core/engines/libretranslate';
import { createMicrosoftEdgeEngine } from '@/core/engines/microsoft-edge';
import { createOpenAiCompatibleEngine } from '@/core/engines/openai-compatible';
import type { TranslationEngine } from '@/core/engines/types';
import { loadSettings } from '@/core/settings/items';
import type { EngineId, Settings } from '@/core/settings/schema';
import { loadConsent, mayReceiveText } from '@/core/settings/consent';
import { loadSecrets, type Secrets } from '@/core/settings/secrets';
import { isKeyOriginConfirmed, keyedEndpoint, loadKeyOrigins, originOf } from '@/core/settings/key-origins';
import { loadDictionary } from './dictionary-service';
import { offscreenDetectorApi, offscreenTranslatorApi } from './offscreen-translator';

// One on-device engine for the worker's lifetime: it keeps its translators and its one-at-a-time queue.
let chromeBuiltin: TranslationEngine | undefined;

function chromeBuiltinEngine(): TranslationEngine {
  chromeBuiltin ??= createChromeBuiltinEngine({
    // Feature-detected on every call: the worker's own API first, an offscreen document where it lacks one.
    api: () => builtinTranslatorApi() ?? (import.meta.env.FIREFOX ? undefined : offscreenTranslatorApi),
    // LanguageDetector is exposed on Window only, so the worker asks the offscreen document.
    detector: () => builtinDetectorApi() ?? (import.meta.env.FIREFOX ? undefined : offscreenDetectorApi),
  });
  return chromeBuiltin;
}

// Engines are rebuilt only when their configuration changes, so per-instance state
// (LibreTranslate's language list, the dictionary in memory) survives between batches.
const built = new Map<EngineId, { fingerprint: string; engine: TranslationEngine }>();

/**
 * The engine with its endpoint in the cache key: an answer from a temporary or
 * hostile server is never served again once the user points the engine elsewhere.
 */
function withEndpoint(engine: TranslationEngine, endpoint: string): TranslationEngine {
  if (!endpoint) return engine;
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property === 'cacheVariant') return `${target.cacheVariant}|${endpoint}`;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

function memo(id: EngineId, config: object, create: () => TranslationEngine): TranslationEngine {
  const fingerprint = JSON.stringify(config);
  const existing = built.get(id);
  if (existing?.fingerprint === fingerprint) return existing.engine;
  const endpoints = Object.entries(config)
    .filter(([name]) => /baseUrl$/i.test(name))
    .map(([, value]) => String(value))
    .join('|');
  const engine = withEndpoint(create(), endpoints);
  built.set(id, { fingerprint, engine });
  return engine;
}

/** The engine for an id, or undefined while it is not configured (no key, no URL). */
export function buildEngine(id: EngineId, settings: Settings, secrets: Secrets): TranslationEngine | undefined {
  const engines = settings.engines;
  switch (id) {
    case 'chrome-builtin':
      return chromeBuiltinEngine();
    case 'microsoft-edge':
      return memo(id, engines.microsoftEdge, () => createMicrosoftEdgeEngine(engines.microsoftEdge));
    case 'google-free':
      return memo(id, engines.googleFree, () => createGoogleFreeEngine(engines.googleFree));
    case 'google-cloud': {
      if (!secrets.googleCloudApiKey) return undefined;
      const config = { ...engines.googleCloud, apiKey: secrets.googleCloudApiKey };
      return memo(id, config, () => createGoogleCloudEngine(config));
    }
    case 'azure': {
      if (!secrets.azureApiKey) return undefined;
      const config = { ...engines.azure, apiKey: secrets.azureApiKey };
      return memo(id, config, () => createAzureEngine(config));
    }
    case 'openai-compatible': {
      if (!secrets.openaiCompatibleApiKey) return undefined;
      const config = { ...engines.openaiCompatible, apiKey: secrets.openaiCompatibleApiKey };
      return memo(id, config, () => createOpenAiCompatibleEngine(config));
    }
    case 'deepl': {
      if (!secrets.deeplApiKey) return undefined;
      const config = { ...engines.deepl, apiKey: secrets.deeplApiKey };
      return memo(id, config, () => createDeeplEngine(config));
    }
    case 'libretranslate': {
      if (!engines.libretranslate.baseUrl) return undefined;
      const config = { baseUrl: engines.libretranslate.baseUrl, apiKey: secrets.libretranslateApiKey || undefined };
      return memo(id, config, () => createLibreTranslateEngine(config));
    }
    // The last resort: glosses from the CC-CEDICT file shipped in the extension, the same copy the learner hover reads.
    case 'dictionary':
      return memo(id, {}, () => createDictionaryEngine({ loadDictionary }));
    default:
      return undefined;
  }
}

/**
 * The engines to try, in the user's order, without disabled, unconfigured or (on-device only) remote ones,
 * and without any service the user did not pick (consent.ts): before setup is answered, on-device ones only.
 */
export async function activeEngines(): Promise<TranslationEngine[]> {
  const [settings, secrets, consent] = await Promise.all([loadSettings(), loadSecrets(), loadConsent()]);
  const ids = settings.engines.order.filter((id) => !settings.engines.disabled.includes(id)).filter((id) => mayReceiveText(consent, id));
  const allowed = await Promise.all(ids.map((id) => keyMayGo(id, settings, secrets)));
  return ids
    .filter((_, index) => allowed[index])
    .map((id) => buildEngine(id, settings, secrets))
    .filter((engine): engine is TranslationEngine => engine !== undefined)
    .filter((engine) => !settings.privacy.onDeviceOnly || !engine.capabilities.remote);
}

export { keyedEndpoint };

/**
 * A key goes only to an origin the browser has granted Ferry: one in the
 * manifest or one the user approved at run time. Host permissions relax CORS
 * but do not stop requests, so without this a settings import (or a content
 * script rewriting storage.local) could send the key to any server; and a
 * granted host still needs the user's confirmation for that key.
 */
export async function keyMayGo(id: EngineId, settings: Settings, secrets: Secrets): Promise<boolean> {
  const endpoint = keyedEndpoint(id, settings, secrets);
  if (!endpoint) return true;
  const origin = originOf(endpoint);
  if (!origin) return false;
  // A granted host is not enough: it must also be one the user confirmed for this key (key-origins.ts).
  if (!isKeyOriginConfirmed(await loadKeyOrigins().catch(() => ({})), id, origin)) return false;
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}
