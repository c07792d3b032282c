/**
 * A faithful fake of the Translator / LanguageDetector interface (spec
 * webmachinelearning/translation-api): availability states per pair, create()
 * refusing to download without user activation outside a service worker,
 * downloadprogress events from 0 to 1, and one translation at a time.
 *
 * Self-contained (no imports, no closures) so Playwright can install it inside
 * the real service worker with `serviceWorker.evaluate(installFakeTranslatorApi, options)`.
 */
export interface FakeTranslatorOptions {
  /** Availability per "source>target" pair (BCP 47 tags as the API receives them); others are 'unavailable'. */
  pairs: Record<string, 'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  /** Service workers need no user activation; windows do. */
  context: 'service-worker' | 'window';
  /** Prefix added to every translation so tests can see who answered. */
  prefix: string;
  /** Fixed translations by input text. */
  phrasebook?: Record<string, string>;
  /** What the LanguageDetector answers for given texts (others: Latin is 'en', the rest 'und'). */
  detections?: Record<string, string>;
  /** Milliseconds each translation takes. */
  latencyMs?: number;
}

export interface FakeTranslatorState {
  created: string[];
  translateCalls: number;
  maxConcurrent: number;
  progressEvents: number[];
}

export function installFakeTranslatorApi(options: FakeTranslatorOptions, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): FakeTranslatorState {
  const state: FakeTranslatorState = { created: [], translateCalls: 0, maxConcurrent: 0, progressEvents: [] };
  const pairs = { ...options.pairs };
  let active = 0;
  let userActivation = false;
  const key = (o: { sourceLanguage: string; targetLanguage: string }) => `${o.sourceLanguage}>${o.targetLanguage}`;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  class FakeTranslator {
    constructor(
      readonly sourceLanguage: string,
      readonly targetLanguage: string,
    ) {}
    readonly inputQuota = Infinity;

    static async availability(o: { sourceLanguage: string; targetLanguage: string }) {
      return pairs[key(o)] ?? 'unavailable';
    }

    static async create(o: { sourceLanguage: string; targetLanguage: string; monitor?: (m: EventTarget) => void; signal?: AbortSignal }) {
      const current = pairs[key(o)] ?? 'unavailable';
      if (current === 'unavailable') throw new DOMException('Unable to create translator for the given source and target language.', 'NotSupportedError');
      // In a real window the browser's own transient activation counts (a trusted click).
      const activation = (globalThis as { navigator?: { userActivation?: { isActive: boolean } } }).navigator?.userActivation;
      const activated = userActivation || (options.context === 'window' && activation?.isActive === true);
      if ((current === 'downloadable' || current === 'downloading') && options.context === 'window' && !activated) {
        throw new DOMException('Requires a user gesture when availability is "downloading" or "downloadable".', 'NotAllowedError');
      }
      userActivation = false; // Transient activation is consumed.
      const monitor = new EventTarget();
      o.monitor?.(monitor);
      // At least two progress events (0 and 1) are fired, even with nothing to download.
      for (const loaded of current === 'available' ? [0, 1] : [0, 0.5, 1]) {
        await sleep(1);
        state.progressEvents.push(loaded);
        const event = new Event('downloadprogress') as Event & { loaded: number; total: number };
        Object.assign(event, { loaded, total: 1 });
        monitor.dispatchEvent(event);
      }
      pairs[key(o)] = 'available';
      state.created.push(key(o));
      return new FakeTranslator(o.sourceLanguage, o.targetLanguage);
    }

    async translate(input: string, o?: { signal?: AbortSignal }) {
      state.translateCalls++;
      active++;
      state.maxConcurrent = Math.max(state.maxConcurrent, active);
      try {
        await sleep(options.latencyMs ?? 1);
        if (o?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        return options.phrasebook?.[input] ?? `${options.prefix}${input}`;
      } finally {
        active--;
      }
    }

    destroy() {}
  }

  class FakeLanguageDetector {
    static async availability() {
      return 'available';
    }
    static async create() {
      return new FakeLanguageDetector();
    }
    async detect(input: string) {
      const known = options.detections?.[input];
      if (known) return [{ detectedLanguage: known, confidence: 0.95 }];
      const latin = /[a-z]/i.test(input) && !/[\u3400-\u9fff]/.test(input);
      return latin
        ? [
            { detectedLanguage: 'en', confidence: 0.9 },
            { detectedLanguage: 'und', confidence: 0.1 },
          ]
        : [{ detectedLanguage: 'und', confidence: 1 }];
    }
  }

  scope.Translator = FakeTranslator;
  // The specification exposes LanguageDetector on Window only ([Exposed=Window]): a service worker has none.
  if (options.context === 'window') scope.LanguageDetector = FakeLanguageDetector;
  scope.__fakeTranslatorState = state;
  scope.__grantUserActivation = () => {
    userActivation = true;
  };
  return state;
}
