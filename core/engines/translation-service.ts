import { cacheKey, normalizeForCache } from '../cache/cache-key';
import type { TranslationCache } from '../cache/translation-cache';
import { baseLanguage } from '../languages';
import { FerryError, toFerryError } from '../messaging/errors';
import type { TranslationResult } from '../messaging/protocol';
import { isRetryable, RetryableEngineError } from './http';
import { CircuitBreaker, RateLimiter } from './rate-limiter';
import type { TranslationEngine } from './types';

export interface SegmentRequest {
  key: string;
  text: string;
  /** Lower goes first: distance from the viewport, 0 for what is on screen. */
  priority?: number;
}

export interface TranslateOptions {
  /** False for private windows: nothing is written to disk. */
  persist: boolean;
  /** Aborting drops segments that have not been sent yet (the post left the screen, the tab closed). */
  signal?: AbortSignal;
}

export interface DetectedLanguage {
  language: string;
  reliable: boolean;
}

export interface TranslationServiceDeps {
  cache: TranslationCache;
  /** The engines to try, in order; resolved per flush so settings changes apply at once. */
  engines: () => Promise<TranslationEngine[]>;
  detectLanguage: (text: string) => Promise<DetectedLanguage>;
  gatherWindowMs?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called when the cache could not be written (for example a full disk). */
  onCacheWriteError?: (error: FerryError) => void;
}

type Outcome =
  | { status: 'done'; translation: string; engine: TranslationEngine['id']; sourceLanguage: string; cached: boolean }
  | { status: 'error'; error: FerryError };

interface Waiter {
  resolve: (outcome: Outcome) => void;
  signal?: AbortSignal;
}

interface PendingText {
  text: string;
  target: string;
  persist: boolean;
  priority: number;
  waiters: Waiter[];
}

interface EngineRuntime {
  limiter: RateLimiter;
  breaker: CircuitBreaker;
}

/**
 * The background's translation pipeline: drops texts already in the target
 * language, answers from cache, merges identical texts from any number of
 * posts into one segment, gathers requests for a short window, batches them
 * within each engine's limits, retries transient failures with back-off and
 * falls back to the next engine.
 */
export class TranslationService {
  private readonly pending = new Map<string, PendingText>();
  private readonly runtimes = new Map<string, EngineRuntime>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly deps: Required<Omit<TranslationServiceDeps, 'onCacheWriteError'>> & Pick<TranslationServiceDeps, 'onCacheWriteError'>;
  requestsSent = 0;
  segmentsSent = 0;

  constructor(deps: TranslationServiceDeps) {
    this.deps = {
      gatherWindowMs: 15,
      maxRetries: 2,
      retryBaseMs: 400,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      ...deps,
    };
  }

  async translate(segments: SegmentRequest[], target: string, options: TranslateOptions): Promise<TranslationResult[]> {
    return Promise.all(
      segments.map(async (segment): Promise<TranslationResult> => {
        const text = normalizeForCache(segment.text);
        const detected = await this.deps.detectLanguage(text);
        if (detected.reliable && sameLanguage(detected.language, target)) {
          return { key: segment.key, status: 'skipped', reason: 'same-language', sourceLanguage: detected.language };
        }
        const outcome = await this.enqueue(text, target, options.persist, segment.priority ?? 0, options.signal);
        if (outcome.status === 'error') return { key: segment.key, status: 'error', error: outcome.error.toInfo() };
        return { key: segment.key, ...outcome, sourceLanguage: outcome.sourceLanguage || detected.language };
      }),
    );
  }

  private enqueue(text: string, target: string, persist: boolean, priority: number, signal?: AbortSignal): Promise<Outcome> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve({ status: 'error', error: new FerryError('cancelled') });
      const id = `${target}\u0000${text}`;
      const waiter: Waiter = { resolve, signal };
      signal?.addEventListener('abort', () => resolve({ status: 'error', error: new FerryError('cancelled') }), { once: true });
      const existing = this.pending.get(id);
      if (existing) {
        existing.waiters.push(waiter);
        existing.persist &&= persist;
        existing.priority = Math.min(existing.priority, priority);
        return;
      }
      this.pending.set(id, { text, target, persist, priority, waiters: [waiter] });
      this.timer ??= setTimeout(() => void this.flush(), this.deps.gatherWindowMs);
    });
  }

  private runtimeFor(engine: TranslationEngine): EngineRuntime {
    let runtime = this.runtimes.get(engine.id);
    if (!runtime) {
      runtime = { limiter: new RateLimiter(engine.capabilities.rate), breaker: new CircuitBreaker() };
      this.runtimes.set(engine.id, runtime);
    }
    return runtime;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    // Texts nobody waits for any more (every post left the screen) are not sent; on-screen ones go first.
    const jobs = [...this.pending.values()]
      .filter((job) => job.waiters.some((waiter) => !waiter.signal?.aborted))
      .sort((a, b) => a.priority - b.priority);
    this.pending.clear();
    const byTarget = new Map<string, PendingText[]>();
    for (const job of jobs) byTarget.set(job.target, [...(byTarget.get(job.target) ?? []), job]);
    let engines: TranslationEngine[];
    try {
      engines = await this.deps.engines();
    } catch (error) {
      for (const job of jobs) settle(job, { status: 'error', error: toFerryError(error) });
      return;
    }
    await Promise.all([...byTarget.entries()].map(([target, group]) => this.runGroup(target, group, engines)));
  }

  private async runGroup(target: string, jobs: PendingText[], engines: TranslationEngine[]): Promise<void> {
    if (engines.length === 0) {
      for (const job of jobs) settle(job, { status: 'error', error: new FerryError('no-engine') });
      return;
    }
    let remaining = jobs;
    let firstError: FerryError | undefined;
    const usable = engines.filter((engine) => engine.capabilities.languages === 'any' || engine.capabilities.languages.includes(target));
    if (usable.length === 0) firstError = new FerryError('no-engine', `no engine translates into ${target}`);
    for (const engine of usable) {
      remaining = await this.answerFromCache(engine, target, remaining);
      if (remaining.length === 0) return;
      const runtime = this.runtimeFor(engine);
      if (runtime.breaker.isOpen) {
        firstError = preferError(firstError, new FerryError('engine-unavailable', 'paused after repeated failures', engine.id));
        continue;
      }
      const failed: PendingText[] = [];
      const batches = splitIntoBatches(remaining, engine);
      const outcomes = await Promise.all(
        batches.map(async (batch) => {
          try {
            return { batch, output: await this.callWithRetry(engine, runtime, batch, target) };
          } catch (error) {
            return { batch, error: toFerryError(error) };
          }
        }),
      );
      for (const outcome of outcomes) {
        const { batch } = outcome;
        if (!('output' in outcome) || !outcome.output) {
          firstError = preferError(firstError, outcome.error);
          failed.push(...batch);
          continue;
        }
        const output = outcome.output;
        try {
          await this.store(engine, target, batch, output.translations, output.detected);
          batch.forEach((job, index) =>
            settle(job, {
              status: 'done',
              translation: output.translations[index]!,
              engine: engine.id,
              sourceLanguage: output.detected?.[index] ?? '',
              cached: false,
            }),
          );
        } catch (error) {
          firstError = preferError(firstError, toFerryError(error));
          failed.push(...batch);
        }
      }
      remaining = failed;
      if (remaining.length === 0) return;
    }
    for (const job of remaining) settle(job, { status: 'error', error: firstError ?? new FerryError('no-engine') });
  }

  private async answerFromCache(engine: TranslationEngine, target: string, jobs: PendingText[]): Promise<PendingText[]> {
    const keys = await Promise.all(jobs.map((job) => keyFor(engine, target, job.text)));
    let hits: Awaited<ReturnType<TranslationCache['getMany']>>;
    try {
      hits = await this.deps.cache.getMany(keys);
    } catch {
      return jobs; // A broken cache must never block translation.
    }
    const misses: PendingText[] = [];
    jobs.forEach((job, index) => {
      const hit = hits[index];
      if (!hit) return void misses.push(job);
      settle(job, { status: 'done', translation: hit.translation, engine: engine.id, sourceLanguage: hit.sourceLanguage, cached: true });
    });
    return misses;
  }

  private async callWithRetry(engine: TranslationEngine, runtime: EngineRuntime, batch: PendingText[], target: string) {
    for (let attempt = 0; ; attempt++) {
      try {
        const output = await runtime.limiter.schedule(() => {
          this.requestsSent++;
          this.segmentsSent += batch.length;
          return engine.translate({ texts: batch.map((job) => job.text), source: 'auto', target }, new AbortController().signal);
        });
        if (output.translations.length !== batch.length) {
          throw new FerryError('engine-bad-response', 'segment count mismatch', engine.id);
        }
        runtime.breaker.success();
        return output;
      } catch (error) {
        const retryAfter = error instanceof RetryableEngineError ? error.retryAfterMs : undefined;
        // A 429 slows every request to this engine, not only this batch's retry.
        if (retryAfter !== undefined) runtime.limiter.pause(Math.min(retryAfter, 60_000));
        if (!isRetryable(error) || attempt >= this.deps.maxRetries) {
          // Final answers (a bad key, a spent quota) are not the engine being down.
          if (isRetryable(error)) runtime.breaker.failure();
          throw error;
        }
        const backoff = this.deps.retryBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        // Honour Retry-After, but never park a visible post for more than 10 s.
        await this.deps.sleep(Math.min(retryAfter ?? backoff, 10_000));
      }
    }
  }

  private async store(engine: TranslationEngine, target: string, batch: PendingText[], translations: string[], detected?: (string | undefined)[]) {
    const entries = await Promise.all(
      batch.map(async (job, index) => ({
        key: await keyFor(engine, target, job.text),
        value: { translation: translations[index]!, engine: engine.id, sourceLanguage: detected?.[index] ?? '' },
        persist: job.persist,
      })),
    );
    try {
      await this.deps.cache.putMany(entries.filter((entry) => entry.persist));
      await this.deps.cache.putMany(entries.filter((entry) => !entry.persist), false);
    } catch (error) {
      this.deps.onCacheWriteError?.(toFerryError(error));
    }
  }
}

/**
 * The error worth showing when every engine failed: the first real failure,
 * not an engine that simply is not set up here (an on-device model not downloaded).
 */
function preferError(current: FerryError | undefined, next: FerryError): FerryError {
  if (!current) return next;
  return current.code === 'model-not-ready' && next.code !== 'model-not-ready' ? next : current;
}

function settle(job: PendingText, outcome: Outcome): void {
  for (const waiter of job.waiters) waiter.resolve(outcome);
}

function keyFor(engine: TranslationEngine, target: string, text: string): Promise<string> {
  return cacheKey({ text, source: 'auto', target, engine: engine.id, variant: engine.cacheVariant });
}

export function sameLanguage(detected: string, target: string): boolean {
  if (!detected || detected === 'und') return false;
  return baseLanguage(detected) === baseLanguage(target);
}

export function splitIntoBatches(jobs: PendingText[], engine: TranslationEngine): PendingText[][] {
  const { maxSegments, maxChars } = engine.capabilities;
  const batches: PendingText[][] = [];
  let current: PendingText[] = [];
  let chars = 0;
  for (const job of jobs) {
    const length = job.text.length;
    if (current.length > 0 && (current.length >= maxSegments || chars + length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(job);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
