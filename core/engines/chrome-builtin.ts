import { FerryError } from '../messaging/errors';
import { guessLanguageByScript } from './language-guess';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * Chrome's on-device Translator API (Chrome 138+ desktop). Nothing leaves the
 * machine. Models are never downloaded from here: the pipeline has no user
 * gesture, so a pair that is not "available" is reported as not ready and the
 * next engine answers. Downloads start from a click in the options page.
 */

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface TranslatorInstance {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

export interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number; total?: number }) => void): void;
}

export interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: { sourceLanguage: string; targetLanguage: string; signal?: AbortSignal; monitor?: (monitor: CreateMonitor) => void }): Promise<TranslatorInstance>;
}

export interface LanguageDetectorFactory {
  availability(options?: object): Promise<Availability>;
  create(options?: object): Promise<{ detect(input: string): Promise<{ detectedLanguage: string; confidence: number }[]> }>;
}

export const CHROME_BUILTIN_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'fr', 'de'] as const;

/** Ferry codes to the BCP 47 tags the API best-fits (zh is Simplified; zh-Hant Traditional). */
export function toBuiltinLanguage(code: string): string {
  if (code === 'zh-Hans' || code === 'zh') return 'zh';
  if (code === 'zh-Hant') return 'zh-Hant';
  return code.split('-')[0]!.toLowerCase();
}

/** The API's globals where the current context exposes them. */
export function builtinTranslatorApi(scope: object = globalThis): TranslatorFactory | undefined {
  const candidate = (scope as { Translator?: TranslatorFactory }).Translator;
  return candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function' ? candidate : undefined;
}

export function builtinDetectorApi(scope: object = globalThis): LanguageDetectorFactory | undefined {
  const candidate = (scope as { LanguageDetector?: LanguageDetectorFactory }).LanguageDetector;
  return candidate && typeof candidate.create === 'function' ? candidate : undefined;
}

export interface ChromeBuiltinConfig {
  /** Resolved on every call: the API may be injected late (tests) or live in an offscreen document. */
  api: () => TranslatorFactory | undefined;
  detector?: () => LanguageDetectorFactory | undefined;
}

/**
 * The API translates one input at a time per translator; a single chain
 * serialises every call so concurrent batches never overlap.
 */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export function createChromeBuiltinEngine(config: ChromeBuiltinConfig): TranslationEngine {
  const id = 'chrome-builtin' as const;
  const translators = new Map<string, Promise<TranslatorInstance>>();
  const queue = new SerialQueue();
  let detectorPromise: Promise<{ detect(input: string): Promise<{ detectedLanguage: string; confidence: number }[]> } | undefined> | undefined;

  /**
   * The text's language, or undefined when nothing knows it for sure: the
   * script (certain for CJK), the pipeline's reliable detection, then the
   * on-device LanguageDetector. Never a guess: a wrong "en" would return a
   * Spanish post untranslated and cache it as already in English.
   */
  async function detectSource(text: string, hint: string | undefined): Promise<string | undefined> {
    const guess = guessLanguageByScript(text);
    if (guess.certain && guess.language !== 'und') return guess.language;
    if (hint && hint !== 'und') return hint;
    const factory = config.detector?.();
    if (factory) {
      detectorPromise ??= factory
        .availability()
        .then((state) => (state === 'available' ? factory.create() : undefined))
        .catch(() => undefined);
      const detector = await detectorPromise;
      const top = detector ? (await detector.detect(text).catch(() => []))[0] : undefined;
      if (top && top.detectedLanguage !== 'und' && top.confidence >= 0.5) return top.detectedLanguage;
    }
    return undefined;
  }

  async function translatorFor(api: TranslatorFactory, source: string, target: string): Promise<TranslatorInstance> {
    const key = `${source}>${target}`;
    let pending = translators.get(key);
    if (!pending) {
      pending = (async () => {
        const state = await api.availability({ sourceLanguage: source, targetLanguage: target });
        if (state === 'unavailable') throw new FerryError('engine-bad-response', `on-device translation ${key} is not supported`, id);
        if (state !== 'available') throw new FerryError('model-not-ready', `on-device model ${key} is ${state}`, id);
        return api.create({ sourceLanguage: source, targetLanguage: target });
      })();
      translators.set(key, pending);
      // A pair that failed may become available after a download: ask again next time.
      pending.catch(() => translators.delete(key));
    }
    return pending;
  }

  return {
    id,
    cacheVariant: 'v1',
    capabilities: {
      maxSegments: 50,
      maxChars: 20_000,
      html: false,
      streaming: true,
      remote: false,
      languages: CHROME_BUILTIN_LANGUAGES,
      rate: { requestsPerSecond: 1000, burst: 1000, concurrency: 1 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      const api = config.api();
      if (!api) throw new FerryError('model-not-ready', 'this browser has no on-device Translator API', id);
      const target = toBuiltinLanguage(batch.target);
      const translations: string[] = [];
      const detected: string[] = [];
      for (const [index, text] of batch.texts.entries()) {
        signal.throwIfAborted();
        const source = batch.source === 'auto' ? await detectSource(text, batch.sourceHints?.[index]) : batch.source;
        // The Translator needs a source language; the next engine detects this text itself.
        if (!source) throw new FerryError('engine-bad-response', 'the language of a text is unknown on this device', id);
        const sourceTag = toBuiltinLanguage(source);
        detected.push(source === 'zh' ? 'zh' : source);
        if (sourceTag === target) {
          translations.push(text);
          continue;
        }
        const translator = await translatorFor(api, sourceTag, target);
        try {
          translations.push(await queue.run(() => translator.translate(text, { signal })));
        } catch (error) {
          if (signal.aborted) throw error;
          const name = error instanceof DOMException ? error.name : '';
          if (name === 'NotReadableError') throw new FerryError('engine-bad-response', 'the on-device model withheld its output', id);
          if (name === 'QuotaExceededError') throw new FerryError('engine-bad-response', 'text too long for the on-device model', id);
          throw new FerryError('engine-unavailable', error instanceof Error ? error.message : String(error), id);
        }
      }
      return { translations, detected };
    },
  };
}

/**
 * Starts (or finishes) a model download. Must run in a page, inside the click
 * handler that asked for it: the API requires a user gesture when the pair is
 * "downloadable". Reports progress from 0 to 1.
 */
export async function downloadBuiltinModel(
  api: TranslatorFactory,
  sourceLanguage: string,
  targetLanguage: string,
  onProgress: (loaded: number) => void,
): Promise<Availability> {
  const options = { sourceLanguage: toBuiltinLanguage(sourceLanguage), targetLanguage: toBuiltinLanguage(targetLanguage) };
  const before = await api.availability(options);
  if (before === 'unavailable') return before;
  const translator = await api.create({
    ...options,
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => onProgress(Math.max(0, Math.min(1, event.loaded))));
    },
  });
  translator.destroy?.();
  return api.availability(options);
}
