import { cacheKey, normalizeForCache } from '../cache/cache-key';
import type { TranslationCache } from '../cache/translation-cache';
import { baseLanguage } from '../languages';
import { FerryError, toFerryError } from '../messaging/errors';
import type { TranslationResult } from '../messaging/protocol';
import { isRetryable, RetryableEngineError } from './http';
import { CircuitBreaker, RateLimiter } from './rate-limiter';
import type { EngineOutput, GlossaryTerm, TranslationEngine } from './types';

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
  /** Languages the reader asked never to translate: text reliably detected as one of them is skipped. */
  neverTranslate?: readonly string[];
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
  /** The longest a batch waits before a retry (back-off or Retry-After); a longer Retry-After goes to the next engine. */
  maxRetryWaitMs?: number;
  /** How long an engine that answered "quota spent" is skipped. */
  quotaPauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called when the cache could not be written (for example a full disk). */
  onCacheWriteError?: (error: FerryError) => void;
  /** The coded language decoded in a text, as glossary terms in the target's language; none when absent. */
  glossary?: (text: string, target: string) => Promise<GlossaryTerm[]>;
}

type Outcome =
  | { status: 'done'; translation: string; engine: TranslationEngine['id']; sourceLanguage: string; cached: boolean }
  | { status: 'error'; error: FerryError };

interface Waiter {
  resolve: (outcome: Outcome) => void;
  signal?: AbortSignal;
}

interface PendingText {
  id: string;
  text: string;
  target: string;
  persist: boolean;
  priority: number;
  /** When the text was first asked for: equal priorities keep the order posts asked in. */
  arrival: number;
  /** The source language detected reliably for this text, if any. */
  sourceHint?: string;
  glossary?: readonly GlossaryTerm[];
  waiters: Waiter[];
}

type BatchOutcome = { batch: PendingText[]; output: EngineOutput } | { batch: PendingText[]; error: FerryError };

interface EngineRuntime {
  limiter: RateLimiter;
  breaker: CircuitBreaker;
}

/** An answer no retry changes (a bad key, a spent quota): the engine is skipped instead of asked once per post. */
interface Blocked {
  error: FerryError;
  until: number;
}

/**
 * The background's translation pipeline: drops texts already in the target
 * language, answers from cache, merges identical texts from any number of
 * posts into one segment (also while a request for it is in flight), gathers
 * requests for a short window, batches them within each engine's limits,
 * retries transient failures with jittered back-off, and falls back to the
 * next engine when one fails, is paused by its circuit breaker, or has
 * answered that its key or quota is the problem.
 */
export class TranslationService {
  private readonly pending = new Map<string, PendingText>();
  private readonly inFlight = new Map<string, PendingText>();
  private readonly runtimes = new Map<string, EngineRuntime>();
  // Keyed by instance: the registry builds a new engine when its settings (the key) change, which unblocks it.
  private readonly blocked = new WeakMap<TranslationEngine, Blocked>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private arrivals = 0;
  /** Requests whose segments are still being detected and looked up: the flush waits for them (briefly). */
  private preparing = 0;
  private holds = 0;
  private readonly deps: Required<Omit<TranslationServiceDeps, 'onCacheWriteError' | 'glossary'>> & Pick<TranslationServiceDeps, 'onCacheWriteError' | 'glossary'>;
  requestsSent = 0;
  segmentsSent = 0;

  constructor(deps: TranslationServiceDeps) {
    this.deps = {
      gatherWindowMs: 15,
      maxRetries: 2,
      retryBaseMs: 400,
      maxRetryWaitMs: 10_000,
      quotaPauseMs: 10 * 60_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: Date.now,
      ...deps,
    };
  }

  async translate(segments: SegmentRequest[], target: string, options: TranslateOptions): Promise<TranslationResult[]> {
    const glossaries = this.glossaries(segments, target);
    // Cached texts are answered at once, without waiting for the gathering window.
    const fromCache = this.lookAhead(segments, target, glossaries);
    // Taken now: the awaits below finish in any order, but requests keep the order they came in.
    const arrival = this.arrivals;
    this.arrivals += segments.length;
    // The texts of one message travel together: detection and cache reads finish at different
    // times, and the gathering window must not cut the message into several engine requests.
    let left = segments.length;
    this.preparing++;
    const arrived = () => {
      if (--left === 0) this.preparing--;
    };
    return Promise.all(
      segments.map(async (segment, index): Promise<TranslationResult> => {
        const text = normalizeForCache(segment.text);
        // Detection only saves requests; when it fails the engine detects instead.
        const detected = await this.deps.detectLanguage(text).catch((): DetectedLanguage => ({ language: 'und', reliable: false }));
        const leaveAsIs = options.neverTranslate?.some((language) => sameLanguage(detected.language, language)) ?? false;
        if (detected.reliable && (leaveAsIs || sameLanguage(detected.language, target))) {
          arrived();
          return { key: segment.key, status: 'skipped', reason: 'same-language', sourceLanguage: detected.language };
        }
        const cached = (await fromCache).get(text);
        if (cached) {
          arrived();
          return { key: segment.key, status: 'done', ...cached, sourceLanguage: cached.sourceLanguage || detected.language, cached: true };
        }
        const hint = detected.reliable ? detected.language : undefined;
        const glossary = (await glossaries).get(text);
        const outcome = this.enqueue(text, target, options.persist, segment.priority ?? 0, arrival + index, options.signal, hint, glossary);
        arrived();
        return this.answer(segment, await outcome, detected);
      }),
    );
  }

  private answer(segment: SegmentRequest, outcome: Outcome, detected: DetectedLanguage): TranslationResult {
    if (outcome.status === 'error') return { key: segment.key, status: 'error', error: outcome.error.toInfo() };
    return { key: segment.key, ...outcome, sourceLanguage: outcome.sourceLanguage || detected.language };
  }

  /**
   * The first usable engine's cached answers for these texts (what the flush
   * would find first), looked up in one read. Any failure means "no hits": the
   * normal path then asks again.
   */
  /**
   * The glossary of each distinct text, decoded once per message. A failure
   * means no glossary: translation never waits on the coded-language packs.
   */
  private async glossaries(segments: SegmentRequest[], target: string): Promise<Map<string, readonly GlossaryTerm[]>> {
    const found = new Map<string, readonly GlossaryTerm[]>();
    const decode = this.deps.glossary;
    if (!decode) return found;
    // Decoding costs a pack load and a match per text: only worth it when an engine passes glossaries on.
    const engines = await this.deps.engines().catch(() => [] as TranslationEngine[]);
    if (!engines.some((engine) => engine.capabilities.glossary)) return found;
    const texts = [...new Set(segments.map((segment) => normalizeForCache(segment.text)))];
    await Promise.all(
      texts.map(async (text) => {
        const terms = await decode(text, target).catch(() => [] as GlossaryTerm[]);
        if (terms.length) found.set(text, terms);
      }),
    );
    return found;
  }

  private async lookAhead(segments: SegmentRequest[], target: string, glossaries: Promise<Map<string, readonly GlossaryTerm[]>>): Promise<Map<string, { translation: string; engine: TranslationEngine['id']; sourceLanguage: string }>> {
    const found = new Map<string, { translation: string; engine: TranslationEngine['id']; sourceLanguage: string }>();
    try {
      const engines = await this.deps.engines();
      const engine = engines.find((candidate) => candidate.capabilities.languages === 'any' || candidate.capabilities.languages.includes(target));
      if (!engine) return found;
      const texts = [...new Set(segments.map((segment) => normalizeForCache(segment.text)))];
      const terms = await glossaries;
      const keys = await Promise.all(texts.map((text) => keyFor(engine, target, text, terms.get(text))));
      const hits = await this.deps.cache.getMany(keys, { countMisses: false });
      texts.forEach((text, index) => {
        const hit = hits[index];
        if (hit) found.set(text, { translation: hit.translation, engine: engine.id, sourceLanguage: hit.sourceLanguage });
      });
    } catch {
      // A broken cache or engine list never blocks translation.
    }
    return found;
  }

  private enqueue(text: string, target: string, persist: boolean, priority: number, arrival: number, signal?: AbortSignal, sourceHint?: string, glossary?: readonly GlossaryTerm[]): Promise<Outcome> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve({ status: 'error', error: new FerryError('cancelled') });
      const id = `${target}\u0000${text}`;
      const onAbort = () => resolve({ status: 'error', error: new FerryError('cancelled') });
      signal?.addEventListener('abort', onAbort, { once: true });
      const waiter: Waiter = {
        resolve: (outcome) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
        signal,
      };
      // The same text already sent for another post: wait for that answer instead of asking again.
      // (Not one being cancelled: every post it was for has gone, and its answer will not come.)
      const inFlight = this.inFlight.get(id);
      const existing = this.pending.get(id) ?? (inFlight && !abandoned(inFlight) ? inFlight : undefined);
      if (existing) {
        existing.waiters.push(waiter);
        existing.persist &&= persist;
        existing.priority = Math.min(existing.priority, priority);
        return;
      }
      this.pending.set(id, { id, text, target, persist, priority, arrival, sourceHint, glossary, waiters: [waiter] });
      this.timer ??= setTimeout(() => this.flushWhenGathered(), this.deps.gatherWindowMs);
    });
  }

  /** After the gathering window: flush, unless a message's texts are still arriving (held for at most about 13 more windows). */
  private flushWhenGathered(): void {
    if (this.preparing > 0 && this.holds < 40) {
      this.holds++;
      this.timer = setTimeout(() => this.flushWhenGathered(), Math.max(1, this.deps.gatherWindowMs / 3));
      return;
    }
    this.holds = 0;
    void this.flush();
  }

  private runtimeFor(engine: TranslationEngine): EngineRuntime {
    let runtime = this.runtimes.get(engine.id);
    if (!runtime) {
      runtime = { limiter: new RateLimiter(engine.capabilities.rate, this.deps.now), breaker: new CircuitBreaker(3, 30_000, this.deps.now) };
      this.runtimes.set(engine.id, runtime);
    }
    return runtime;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    // Texts nobody waits for any more (every post left the screen) are not sent; on-screen ones go first.
    const jobs = [...this.pending.values()].filter((job) => !abandoned(job)).sort((a, b) => a.priority - b.priority || a.arrival - b.arrival);
    this.pending.clear();
    for (const job of jobs) this.inFlight.set(job.id, job);
    const byTarget = new Map<string, PendingText[]>();
    for (const job of jobs) byTarget.set(job.target, [...(byTarget.get(job.target) ?? []), job]);
    let engines: TranslationEngine[];
    try {
      engines = await this.deps.engines();
    } catch (error) {
      for (const job of jobs) this.settle(job, { status: 'error', error: toFerryError(error) });
      return;
    }
    await Promise.all([...byTarget.entries()].map(([target, group]) => this.runGroup(target, group, engines)));
  }

  private settle(job: PendingText, outcome: Outcome): void {
    if (this.inFlight.get(job.id) === job) this.inFlight.delete(job.id);
    for (const waiter of job.waiters) waiter.resolve(outcome);
  }

  /** Why an engine is not asked right now, if it is not. */
  private skipReason(engine: TranslationEngine, runtime: EngineRuntime): FerryError | undefined {
    const blocked = this.blocked.get(engine);
    if (blocked && this.deps.now() < blocked.until) return blocked.error;
    if (runtime.breaker.isOpen) return new FerryError('engine-unavailable', 'paused after repeated failures', engine.id);
    if (runtime.limiter.pausedForMs > this.deps.maxRetryWaitMs) {
      return new FerryError('engine-rate-limit', `asked to wait ${Math.ceil(runtime.limiter.pausedForMs / 1000)} s`, engine.id);
    }
    return undefined;
  }

  private async runGroup(target: string, jobs: PendingText[], engines: TranslationEngine[]): Promise<void> {
    if (engines.length === 0) {
      for (const job of jobs) this.settle(job, { status: 'error', error: new FerryError('no-engine') });
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
      const skip = this.skipReason(engine, runtime);
      if (skip) {
        firstError = preferError(firstError, skip);
        continue;
      }
      const outcomes = await Promise.all(
        splitIntoBatches(remaining, engine).map(async (batch): Promise<BatchOutcome> => {
          const controller = abortWhenAbandoned(batch);
          try {
            return { batch, output: await this.callWithRetry(engine, runtime, batch, target, controller.signal) };
          } catch (error) {
            return { batch, error: controller.signal.aborted ? new FerryError('cancelled') : toFerryError(error) };
          } finally {
            controller.dispose();
          }
        }),
      );
      const failed: PendingText[] = [];
      for (const outcome of outcomes) {
        if ('error' in outcome) {
          // Cancelled texts have no one left to answer, here or at the next engine.
          if (outcome.error.code === 'cancelled') {
            for (const job of outcome.batch) this.settle(job, { status: 'error', error: outcome.error });
            continue;
          }
          firstError = preferError(firstError, outcome.error);
          failed.push(...outcome.batch);
          continue;
        }
        const { batch, output } = outcome;
        // The answer goes out even when the cache cannot keep it (a full disk).
        await this.store(engine, target, batch, output);
        batch.forEach((job, index) =>
          this.settle(job, {
            status: 'done',
            translation: output.translations[index]!,
            engine: engine.id,
            sourceLanguage: output.detected?.[index] ?? '',
            cached: false,
          }),
        );
      }
      remaining = failed;
      if (remaining.length === 0) return;
    }
    for (const job of remaining) this.settle(job, { status: 'error', error: firstError ?? new FerryError('no-engine') });
  }

  private async answerFromCache(engine: TranslationEngine, target: string, jobs: PendingText[]): Promise<PendingText[]> {
    let hits: Awaited<ReturnType<TranslationCache['getMany']>>;
    try {
      const keys = await Promise.all(jobs.map((job) => keyFor(engine, target, job.text, job.glossary)));
      hits = await this.deps.cache.getMany(keys);
    } catch {
      return jobs; // A broken cache must never block translation.
    }
    const misses: PendingText[] = [];
    jobs.forEach((job, index) => {
      const hit = hits[index];
      if (!hit) return void misses.push(job);
      this.settle(job, { status: 'done', translation: hit.translation, engine: engine.id, sourceLanguage: hit.sourceLanguage, cached: true });
    });
    return misses;
  }

  private async callWithRetry(engine: TranslationEngine, runtime: EngineRuntime, batch: PendingText[], target: string, signal: AbortSignal): Promise<EngineOutput> {
    const priority = Math.min(...batch.map((job) => job.priority));
    for (let attempt = 0; ; attempt++) {
      try {
        // Checked when the request would go out: it may have waited behind a 401 from another batch, or been cancelled.
        const gate = () => {
          signal.throwIfAborted();
          const blocked = this.blocked.get(engine);
          if (blocked && this.deps.now() < blocked.until) throw blocked.error;
        };
        const output = await runtime.limiter.schedule(() => {
          gate();
          this.requestsSent++;
          this.segmentsSent += batch.length;
          return engine.translate({ texts: batch.map((job) => job.text), source: 'auto', target, sourceHints: batch.map((job) => job.sourceHint), ...(batch.some((job) => job.glossary) ? { glossaries: batch.map((job) => job.glossary) } : {}) }, signal).catch((error: unknown) => {
            // Recorded before this request's slot is freed, so no request waiting for the slot goes out after a 401.
            this.blockIfFinal(engine, toFerryError(error));
            throw error;
          });
        }, priority, engine.capabilities.rate.perSegment ? batch.length : 1, gate);
        if (output.translations.length !== batch.length) {
          throw new FerryError('engine-bad-response', 'segment count mismatch', engine.id);
        }
        // An empty answer for a text that has words would draw a blank card; report it so the next engine is asked.
        if (output.translations.some((translation, index) => !translation.trim() && batch[index]!.text.trim())) {
          throw new FerryError('engine-bad-response', 'empty translation', engine.id);
        }
        // A runaway answer (an LLM that never stops, a broken proxy) would fill the cache and freeze the page's layout.
        if (output.translations.some((translation, index) => translation.length > longestPlausibleAnswer(batch[index]!.text))) {
          throw new FerryError('engine-bad-response', 'answer far longer than the text', engine.id);
        }
        runtime.breaker.success();
        return output;
      } catch (error) {
        if (signal.aborted) throw error;
        const failure = toFerryError(error);
        if (failure.code === 'engine-auth' || failure.code === 'engine-quota') {
          this.blockIfFinal(engine, failure);
          throw failure;
        }
        const retryAfter = error instanceof RetryableEngineError ? error.retryAfterMs : undefined;
        // A 429 slows every request to this engine, not only this batch's retry.
        if (retryAfter !== undefined) runtime.limiter.pause(Math.min(retryAfter, 60_000));
        const backoff = Math.min(this.deps.retryBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5), this.deps.maxRetryWaitMs);
        const wait = retryAfter ?? backoff;
        if (!isRetryable(failure) || attempt >= this.deps.maxRetries || wait > this.deps.maxRetryWaitMs) {
          // A visible post is not parked behind a long Retry-After: the next engine answers instead.
          runtime.breaker.failure();
          throw failure;
        }
        await Promise.race([this.deps.sleep(wait), aborted(signal)]);
        signal.throwIfAborted();
      }
    }
  }

  /** A bad key stays bad until the settings change (a new engine instance); a spent quota may refill. */
  private blockIfFinal(engine: TranslationEngine, failure: FerryError): void {
    if (failure.code !== 'engine-auth' && failure.code !== 'engine-quota') return;
    const until = failure.code === 'engine-auth' ? Infinity : this.deps.now() + this.deps.quotaPauseMs;
    if (!this.blocked.has(engine)) this.blocked.set(engine, { error: failure, until });
  }

  private async store(engine: TranslationEngine, target: string, batch: PendingText[], output: EngineOutput): Promise<void> {
    try {
      const entries = await Promise.all(
        batch.map(async (job, index) => ({
          key: await keyFor(engine, target, job.text, job.glossary),
          value: { translation: output.translations[index]!, engine: engine.id, sourceLanguage: output.detected?.[index] ?? '' },
          persist: job.persist,
        })),
      );
      // A private window's answers are kept nowhere, not even in the shared memory cache: a normal window
      // served one from there would learn what was read in private.
      await this.deps.cache.putMany(entries.filter((entry) => entry.persist));
    } catch (error) {
      this.deps.onCacheWriteError?.(toFerryError(error));
    }
  }
}

/**
 * The longest translation Ferry accepts for a text: generous for any language
 * pair (English from Chinese runs about three to four times the characters),
 * far below what a runaway answer reaches.
 */
export function longestPlausibleAnswer(text: string): number {
  return 2_000 + text.length * 10;
}

function abandoned(job: PendingText): boolean {
  return job.waiters.every((waiter) => waiter.signal?.aborted);
}

/** A signal that aborts once every post waiting for any text of the batch has been cancelled. */
function abortWhenAbandoned(batch: PendingText[]): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const signals = batch.flatMap((job) => job.waiters.map((waiter) => waiter.signal));
  // A waiter without a signal can never cancel, nor can a waiter that joins later; those keep the batch alive.
  if (signals.some((signal) => !signal)) return { signal: controller.signal, dispose: () => {} };
  const check = () => {
    if (batch.every(abandoned)) controller.abort();
  };
  for (const signal of signals) signal!.addEventListener('abort', check);
  check();
  return { signal: controller.signal, dispose: () => signals.forEach((signal) => signal!.removeEventListener('abort', check)) };
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * The error worth showing when every engine failed: the first real failure,
 * not an engine that simply is not set up here (an on-device model not downloaded).
 */
function preferError(current: FerryError | undefined, next: FerryError): FerryError {
  if (!current) return next;
  return current.code === 'model-not-ready' && next.code !== 'model-not-ready' ? next : current;
}

/** An engine that passes glossaries on answers per glossary: a text with one is cached apart from the same text without. */
function keyFor(engine: TranslationEngine, target: string, text: string, glossary?: readonly GlossaryTerm[]): Promise<string> {
  const variant = engine.capabilities.glossary && glossary?.length ? `${engine.cacheVariant}|glossary:${JSON.stringify(glossary.map((term) => [term.written, term.meaning]))}` : engine.cacheVariant;
  return cacheKey({ text, source: 'auto', target, engine: engine.id, variant });
}

export function sameLanguage(detected: string, target: string): boolean {
  if (!detected || detected === 'und') return false;
  return baseLanguage(detected) === baseLanguage(target);
}

/** Cuts jobs, in order, into batches within the engine's segment, character and (for LLMs) token limits. */
export function splitIntoBatches<T extends { text: string }>(jobs: T[], engine: Pick<TranslationEngine, 'capabilities'>): T[][] {
  const { maxSegments, maxChars, maxTokens, estimateTokens } = engine.capabilities;
  const tokenBudget = maxTokens !== undefined && estimateTokens ? maxTokens : Infinity;
  const batches: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  let tokens = 0;
  for (const job of jobs) {
    const length = job.text.length;
    const cost = tokenBudget === Infinity ? 0 : estimateTokens!(job.text);
    if (current.length > 0 && (current.length >= maxSegments || chars + length > maxChars || tokens + cost > tokenBudget)) {
      batches.push(current);
      current = [];
      chars = 0;
      tokens = 0;
    }
    current.push(job);
    chars += length;
    tokens += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
