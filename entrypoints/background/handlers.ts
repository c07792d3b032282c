import { browser } from 'wxt/browser';
import { TranslationCache } from '@/core/cache/translation-cache';
import { createLanguageDetector } from '@/core/engines/detect-language';
import { TranslationService } from '@/core/engines/translation-service';
import { FerryError, toFerryError, type FerryErrorInfo } from '@/core/messaging/errors';
import type { EngineId } from '@/core/settings/schema';
import { routeMessage, type Handlers } from '@/core/messaging/router';
import { loadSettings } from '@/core/settings/items';
import { loadSecrets, maskSecret, saveSecret, SECRET_NAMES, type SecretName } from '@/core/settings/secrets';
import { activeEngines, buildEngine } from './engine-registry';

/** Builds the background's services. Called from main(), never at import time. */
export function createBackgroundServices() {
  const cache = new TranslationCache();
  const detectLanguage = createLanguageDetector(
    typeof browser.i18n?.detectLanguage === 'function' ? (text) => browser.i18n.detectLanguage(text) : undefined,
  );
  const translationService = new TranslationService({
    cache,
    engines: activeEngines,
    detectLanguage,
    onCacheWriteError: (error) => console.warn('[ferry] cache write failed', error.code, error.detail),
  });
  return { cache, translationService, handlers: createHandlers(cache, translationService) };
}

export function createHandlers(cache: TranslationCache, translationService: TranslationService): Handlers {
  // What the popup reports: the engine that last answered and the last failure, until a success clears it.
  const status: { lastEngine?: EngineId; lastError?: FerryErrorInfo & { at: number } } = {};
  return {
  async translate({ segments, targetLanguage }, sender) {
    // Translations seen in a private window are never written to disk.
    const persist = !sender.tab?.incognito;
    const results = await translationService.translate(segments, targetLanguage, { persist });
    for (const result of results) {
      if (result.status === 'done') {
        status.lastEngine = result.engine;
        status.lastError = undefined;
      } else if (result.status === 'error') status.lastError = { ...result.error, at: Date.now() };
    }
    return { results };
  },

  async getStatus() {
    const engines = await activeEngines();
    return { engines: engines.map((engine) => engine.id), ...status };
  },

  async testEngine({ engine: id }) {
    const started = performance.now();
    const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    const engine = buildEngine(id, settings, secrets);
    if (!engine) {
      return { ok: false, engine: id, error: new FerryError('engine-auth', 'no API key set', id).toInfo(), elapsedMs: 0 };
    }
    try {
      const target = settings.targetLanguage === 'auto' || settings.targetLanguage === 'en' ? 'zh-Hans' : 'en';
      const output = await engine.translate({ texts: ['Hello, world!'], source: 'en', target }, AbortSignal.timeout(20_000));
      return { ok: true, engine: id, sample: output.translations[0], elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { ok: false, engine: id, error: toFerryError(error).toInfo(), elapsedMs: Math.round(performance.now() - started) };
    }
  },

  getCacheStats: () => cache.stats(),

  async clearCache() {
    await cache.clear();
    return cache.stats();
  },

  async setSecret({ name, value }) {
    await saveSecret(name, value);
    return { masked: maskSecret(value.trim()) };
  },

  async getMaskedSecrets() {
    const secrets = await loadSecrets();
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, maskSecret(secrets[name])])) as Record<SecretName, string>;
  },
  };
}

export function registerMessageHandlers(handlers: Handlers): void {
  const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, handlers, options));
}
