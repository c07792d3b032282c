import { browser } from 'wxt/browser';
import { TranslationCache } from '@/core/cache/translation-cache';
import { builtinTranslatorApi, toBuiltinLanguage } from '@/core/engines/chrome-builtin';
import { resolveTargetLanguage } from '@/core/i18n/language';
import { createLanguageDetector } from '@/core/engines/detect-language';
import { TranslationService } from '@/core/engines/translation-service';
import { wordAt } from '@/core/engines/word-at';
import { FerryError, toFerryError, type FerryErrorInfo } from '@/core/messaging/errors';
import type { EngineId } from '@/core/settings/schema';
import { routeMessage, type Handlers } from '@/core/messaging/router';
import type { CacheStats } from '@/core/messaging/protocol';
import { loadConsent } from '@/core/settings/consent';
import { loadSettings } from '@/core/settings/items';
import { loadSecrets, maskSecret, saveSecret, SECRET_NAMES, type SecretName } from '@/core/settings/secrets';
import { activeEngines, buildEngine, keyMayGo } from './engine-registry';
import { loadDictionary } from './dictionary-service';
import { explainAvailable } from './explain-service';
import { selectionWords } from '@/core/engines/selection-words';
import { attachNotes, loadMatcher } from './knowledge-service';
import { codedGlossary, createCodedHandlers } from './coded-service';
import { createReviewQueueHandlers } from './review-queue-handlers';
import { createTeamService, type TeamService } from './team-service';
import { adapterForUrl } from '@/core/sites/registry';

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
    // Coded language the engine should translate by its meaning (OpenAI-compatible prompt, DeepL context).
    glossary: codedGlossary,
  });
  const requests = new RequestRegistry();
  const team = createTeamService();
  return { cache, translationService, requests, team, handlers: createHandlers(cache, translationService, requests, team) };
}

/**
 * In-flight translate requests per tab, so a tab can cancel what it no longer
 * shows and a closed tab cancels everything it asked for.
 */
export class RequestRegistry {
  private readonly controllers = new Map<string, AbortController>();

  private key(tabId: number | undefined, requestId: string): string {
    return `${tabId ?? 'page'}:${requestId}`;
  }

  open(tabId: number | undefined, requestId: string): AbortSignal {
    const controller = new AbortController();
    this.controllers.get(this.key(tabId, requestId))?.abort();
    this.controllers.set(this.key(tabId, requestId), controller);
    return controller.signal;
  }

  close(tabId: number | undefined, requestId: string): void {
    this.controllers.delete(this.key(tabId, requestId));
  }

  cancel(tabId: number | undefined, requestIds: string[]): number {
    let cancelled = 0;
    for (const requestId of requestIds) {
      const controller = this.controllers.get(this.key(tabId, requestId));
      if (!controller) continue;
      controller.abort();
      this.controllers.delete(this.key(tabId, requestId));
      cancelled++;
    }
    return cancelled;
  }

  cancelTab(tabId: number): void {
    for (const [key, controller] of this.controllers) {
      if (key.startsWith(`${tabId}:`)) {
        controller.abort();
        this.controllers.delete(key);
      }
    }
  }
}

export function createHandlers(cache: TranslationCache, translationService: TranslationService, requests = new RequestRegistry(), team: TeamService = createTeamService()): Handlers {
  // What the popup reports: the engine that last answered and the last failure, until a success clears it.
  const status: { lastEngine?: EngineId; lastError?: FerryErrorInfo & { at: number } } = {};
  return {
  async translate({ segments, targetLanguage, requestId }, sender) {
    // Translations seen in a private window are never written to disk.
    const persist = !sender.tab?.incognito;
    const signal = requestId ? requests.open(sender.tab?.id, requestId) : undefined;
    const settings = await loadSettings();
    // The knowledge matcher is built on first use (packs parsed, patterns compiled); building it while the engine
    // answers keeps that cost off the first translation a woken worker sends back.
    if (settings.notes.kinds.slang || settings.notes.kinds.culture || settings.notes.kinds.policy) void loadMatcher().catch(() => undefined);
    const translated = await translationService
      .translate(segments, targetLanguage, { persist, signal, neverTranslate: settings.neverTranslate })
      .finally(() => requestId && requests.close(sender.tab?.id, requestId));
    // Notes are an extra: if the knowledge base fails, translations still go out.
    const results = await attachNotes(translated, new Map(segments.map((segment) => [segment.key, segment.text])), settings, sender.url).catch((error: unknown) => {
      console.warn('[ferry] notes unavailable', error);
      return translated;
    });
    for (const result of results) {
      if (result.status === 'done') {
        status.lastEngine = result.engine;
        status.lastError = undefined;
      } else if (result.status === 'error') status.lastError = { ...result.error, at: Date.now() };
    }
    return { results };
  },

  // Before setup is answered, "settings" from a tab opens the setup page: that is where the choice is made.
  async openOptions() {
    if (!(await loadConsent()).answered) await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    else await browser.runtime.openOptionsPage();
    return { opened: true };
  },

  async getSetupState() {
    return { answered: (await loadConsent()).answered };
  },

  // The learner hover: the content script sends the Chinese around the pointer and draws what comes back.
  async lookupWord({ text, offset }) {
    return wordAt(await loadDictionary(), text, offset);
  },

  // Selected text (context menu or shortcut): the same pipeline as posts, plus dictionary words for Chinese.
  async translateSelection({ text }, sender) {
    const settings = await loadSettings();
    const target = resolveTargetLanguage(settings.targetLanguage, browser.i18n.getUILanguage());
    const [translated] = await translationService.translate([{ key: 'selection', text }], target, { persist: !sender.tab?.incognito });
    const [result] = await attachNotes([translated!], new Map([['selection', text]]), settings, sender.url).catch(() => [translated!]);
    const words = await loadDictionary().then(
      (dictionary) => selectionWords(dictionary, text),
      () => [],
    );
    return { result: result!, words };
  },

  async getExplainAvailability() {
    const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    return { available: explainAvailable(settings, secrets.openaiCompatibleApiKey) };
  },

  async exportSecrets() {
    const secrets = await loadSecrets();
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, secrets[name]])) as Record<SecretName, string>;
  },

  async cancelTranslate({ requestIds }, sender) {
    return { cancelled: requests.cancel(sender.tab?.id, requestIds) };
  },

  async getStatus() {
    const [engines, settings] = await Promise.all([activeEngines(), loadSettings()]);
    // The on-device engine only counts once its model is downloaded; until then the next engine answers.
    const target = resolveTargetLanguage(settings.targetLanguage, browser.i18n.getUILanguage());
    const source = target.startsWith('zh') ? 'en' : 'zh-Hans';
    const ready = await Promise.all(
      engines.map(async (engine) => {
        if (engine.id !== 'chrome-builtin') return true;
        const api = builtinTranslatorApi();
        const state = await api?.availability({ sourceLanguage: toBuiltinLanguage(source), targetLanguage: toBuiltinLanguage(target) }).catch(() => undefined);
        return state === 'available';
      }),
    );
    // A full disk does not fail any translation, so it is reported here instead (storage-full).
    const cacheError = lastCacheWriteError(cache);
    return { engines: engines.filter((_, index) => ready[index]).map((engine) => engine.id), ...status, lastError: status.lastError ?? cacheError };
  },

  async testEngine({ engine: id }) {
    const started = performance.now();
    const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    const engine = (await keyMayGo(id, settings, secrets)) ? buildEngine(id, settings, secrets) : undefined;
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

  getCacheStats: () => cacheStats(cache),

  async clearCache() {
    await cache.clear();
    return cacheStats(cache);
  },

  async setSecret({ name, value }) {
    await saveSecret(name, value);
    return { masked: maskSecret(value.trim()) };
  },

  async getMaskedSecrets() {
    const secrets = await loadSecrets();
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, maskSecret(secrets[name])])) as Record<SecretName, string>;
  },

  // The moderator's review queue (its own IndexedDB database, owned by the background).
  ...createReviewQueueHandlers(undefined, (item) => team.fileLocal(item)),
  // Team moderation: the token and the outbox stay here; only Ferry's pages may ask.
  ...team.handlers,
  // Coded language decoded for the moderation overlay.
  ...createCodedHandlers(),
  };
}

export function registerMessageHandlers(handlers: Handlers): void {
  const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), isSupportedSite: (url: string) => adapterForUrl(url) !== undefined };
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, handlers, options));
}

/** The cache's figures, with the last failed save so the options page can say the disk is full. */
async function cacheStats(cache: TranslationCache): Promise<CacheStats> {
  const stats = await cache.stats();
  const writeError = lastCacheWriteError(cache);
  return writeError ? { ...stats, writeError } : stats;
}

/** The cache's last failed save as message data, or undefined once a save succeeded. */
function lastCacheWriteError(cache: TranslationCache): (FerryErrorInfo & { at: number }) | undefined {
  return cache.writeError ? { ...cache.writeError.toInfo(), at: cache.writeError.at } : undefined;
}
