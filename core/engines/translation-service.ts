import { cacheKey, normalizeForCache } from '../cache/cache-key';
import type { TranslationCache } from '../cache/translation-cache';
import { baseLanguage } from '../languages';
import { FerryError, toFerryError } from '../messaging/errors';
import type { TranslationResult } from '../messaging/protocol';
import { isRetryable, RetryableEngineError } from './http';
import type { TranslationEngine } from './types';

export interface SegmentRequest {
  key: string;
  text: string;
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

interface PendingText {
  text: string;
  target: string;
  persist: boolean;
  waiters: ((outcome: Outcome) => void)[];
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

  async translate(segments: SegmentRequest[], target: string, options: { persist: boolean }): Promise<TranslationResult[]> {
    return Promise.all(
      segments.map(async (segment): Promise<TranslationResult> => {
        const text = normalizeForCache(segment.text);
        const detected = await this.deps.detectLanguage(text);
        if (detected.reliable && sameLanguage(detected.language, target)) {
          return { key: segment.key, status: 'skipped', reason: 'same-language', sourceLanguage: detected.language };
        }
        const outcome = await this.enqueue(text, target, options.persist);
        if (outcome.status === 'error') return { key: segment.key, status: 'error', error: outcome.error.toInfo() };
        return { key: segment.key, ...outcome, sourceLanguage: outcome.sourceLanguage || detected.language };
      }),
    );
  }

  private enqueue(text: string, target: string, persist: boolean): Promise<Outcome> {
    return new Promise((resolve) => {
      const id = `${target}\u0000${text}`;
      const existing = this.pending.get(id);
      if (existing) {
        existing.waiters.push(resolve);
        existing.persist &&= persist;
        return;
      }
      this.pending.set(id, { text, target, persist, waiters: [resolve] });
      this.timer ??= setTimeout(() => void this.flush(), this.deps.gatherWindowMs);
    });
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const jobs = [...this.pending.values()];
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
    for (const engine of engines) {
      remaining = await this.answerFromCache(engine, target, remaining);
      if (remaining.length === 0) return;
      const failed: PendingText[] = [];
      for (const batch of splitIntoBatches(remaining, engine)) {
        try {
          const output = await this.callWithRetry(engine, batch, target);
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
          firstError ??= toFerryError(error);
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

  private async callWithRetry(engine: TranslationEngine, batch: PendingText[], target: string) {
    for (let attempt = 0; ; attempt++) {
      try {
        this.requestsSent++;
        this.segmentsSent += batch.length;
        const output = await engine.translate({ texts: batch.map((job) => job.text), source: 'auto', target }, new AbortController().signal);
        if (output.translations.length !== batch.length) {
          throw new FerryError('engine-bad-response', 'segment count mismatch', engine.id);
        }
        return output;
      } catch (error) {
        if (!isRetryable(error) || attempt >= this.deps.maxRetries) throw error;
        const retryAfter = error instanceof RetryableEngineError ? error.retryAfterMs : undefined;
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

function settle(job: PendingText, outcome: Outcome): void {
  for (const resolve of job.waiters) resolve(outcome);
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
