import { TransportError } from '../messaging/client';
import { FerryError, toFerryError, type FerryErrorInfo } from '../messaging/errors';

const TRANSPORT_RETRIES = 3;
import { MAX_SEGMENT_CHARS, MAX_SEGMENTS_PER_MESSAGE, type TranslationResult } from '../messaging/protocol';
import type { Note } from '../knowledge/notes';
import type { TargetLanguage } from '../languages';

export type SendTranslate = (segments: { key: string; text: string; priority?: number }[], targetLanguage: TargetLanguage) => Promise<{ results: TranslationResult[] }>;

export type ClientResult =
  | { status: 'done'; translation: string; engine: string; sourceLanguage: string; notes?: Note[] }
  | { status: 'skipped'; notes?: Note[] }
  | { status: 'error'; error: FerryErrorInfo };

interface Queued {
  id: string;
  text: string;
  /** Posts waiting for this text; cancelled only when none is left. */
  waiters: number;
  target: TargetLanguage;
  priority: number;
  /** When it must go out at the latest (the client's clock). */
  deadline: number;
  resolve: (result: ClientResult) => void;
}

/** How long texts may wait for others to join their message. */
export interface GatherTiming {
  /** A post on screen now: the reader is looking at it. */
  urgentMs: number;
  /** A post not on screen goes out this long before it is expected there (answer, drawing and a margin). */
  leadMs: number;
  /** The longest any text waits: posts ahead of a reader who stopped scrolling. */
  maxWaitMs: number;
  /** A message this full goes out at once. */
  blockSize: number;
}

export const DEFAULT_GATHER_TIMING: GatherTiming = { urgentMs: 16, leadMs: 400, maxWaitMs: 6_000, blockSize: MAX_SEGMENTS_PER_MESSAGE };

/**
 * How long a text may wait: tens of ms for a post on screen, and for a post
 * ahead, until shortly before it is expected on screen at the current scroll
 * speed (`etaMs`), so that posts entering the look-ahead one by one travel
 * together. Without an estimate, a post off screen waits as long as allowed.
 */
export function gatherWindow(priority: number, etaMs: number | undefined, timing: GatherTiming = DEFAULT_GATHER_TIMING): number {
  if (priority <= 0) return timing.urgentMs;
  const eta = etaMs ?? Infinity;
  return Math.min(timing.maxWaitMs, Math.max(timing.urgentMs, eta - timing.leadMs));
}

/**
 * The content script's side of translation: one promise per distinct text
 * (re-renders and duplicates reuse it), requests gathered while they can wait
 * (see gatherWindow) and sent in as few messages as the protocol allows. When
 * the most urgent text is due, every text waiting goes with it, nearest
 * first. Failures are forgotten so Retry asks again.
 */
export class TranslationClient {
  private readonly memo = new Map<string, Promise<ClientResult>>();
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private readonly timing: GatherTiming;
  messagesSent = 0;

  constructor(
    private readonly send: SendTranslate,
    timing: Partial<GatherTiming> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.timing = { ...DEFAULT_GATHER_TIMING, ...timing };
  }

  /**
   * `priority`: distance from the screen in px (0: on screen); nearer posts are
   * sent first. `etaMs`: how soon the post is expected on screen.
   */
  translate(text: string, target: TargetLanguage, priority = 0, etaMs?: number): Promise<ClientResult> {
    // Longer than a message may carry: this post gets its own error instead of failing every post sent with it.
    if (text.length > MAX_SEGMENT_CHARS) {
      return Promise.resolve({ status: 'error', error: new FerryError('text-too-long', `${text.length} characters`).toInfo() });
    }
    const id = `${target}\u0000${text}`;
    const existing = this.memo.get(id);
    if (existing) {
      // Another post with the same text: one more waiter, and the nearer post sets the priority.
      const queued = this.queue.find((item) => item.id === id);
      if (queued) {
        queued.waiters++;
        this.hurry(text, target, priority, etaMs);
      }
      return existing;
    }
    const promise = new Promise<ClientResult>((resolve) => {
      const deadline = this.now() + gatherWindow(priority, etaMs, this.timing);
      this.queue.push({ id, text, target, priority, deadline, waiters: 1, resolve });
      this.schedule();
    }).then((result) => {
      if (result.status === 'error') this.memo.delete(id);
      return result;
    });
    this.memo.set(id, promise);
    return promise;
  }

  /**
   * One post no longer waits for this text (it left the screen). The text is
   * dropped only when nobody else waits for it and it has not been sent yet.
   */
  cancel(text: string, target: TargetLanguage): void {
    const id = `${target}\u0000${text}`;
    const index = this.queue.findIndex((item) => item.id === id);
    if (index === -1) return;
    const item = this.queue[index]!;
    if (--item.waiters > 0) return;
    this.queue.splice(index, 1);
    this.memo.delete(id);
    if (this.queue.length === 0 && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.timerAt = Infinity;
    }
    item.resolve({ status: 'error', error: new FerryError('cancelled').toInfo() });
  }

  /**
   * A post waiting for this text came nearer (or onto the screen): it goes
   * out sooner. Never later, and nothing happens once it has been sent.
   */
  hurry(text: string, target: TargetLanguage, priority: number, etaMs?: number): void {
    const queued = this.queue.find((item) => item.id === `${target}\u0000${text}`);
    if (!queued) return;
    queued.priority = Math.min(queued.priority, priority);
    const deadline = this.now() + gatherWindow(priority, etaMs, this.timing);
    if (deadline >= queued.deadline) return;
    queued.deadline = deadline;
    this.schedule();
  }

  /** Whether this text is waiting to be sent (not yet on its way). */
  isQueued(text: string, target: TargetLanguage): boolean {
    return this.queue.some((item) => item.id === `${target}\u0000${text}`);
  }

  /** Drops remembered results, e.g. after the target language changes. */
  reset(): void {
    this.memo.clear();
  }

  /** Sets the timer for the earliest deadline; a full message goes at once. */
  private schedule(): void {
    if (this.queue.length === 0) return;
    const due = this.queue.length >= this.timing.blockSize ? this.now() : Math.min(...this.queue.map((item) => item.deadline));
    if (this.timer !== undefined && this.timerAt <= due) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerAt = due;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        void this.flush();
      },
      Math.max(0, due - this.now()),
    );
  }

  private async flush(): Promise<void> {
    // Whatever is waiting goes with the text that is due: a later message would carry fewer.
    const queued = this.queue.sort((a, b) => a.priority - b.priority);
    this.queue = [];
    const byTarget = new Map<TargetLanguage, Queued[]>();
    for (const item of queued) byTarget.set(item.target, [...(byTarget.get(item.target) ?? []), item]);
    const sends: Promise<void>[] = [];
    for (const [target, items] of byTarget) {
      for (let start = 0; start < items.length; start += MAX_SEGMENTS_PER_MESSAGE) {
        sends.push(this.sendChunk(items.slice(start, start + MAX_SEGMENTS_PER_MESSAGE), target));
      }
    }
    await Promise.all(sends);
  }

  /**
   * A worker stopped mid-request leaves the message unanswered; the posts are
   * still waiting, so ask again (the next message starts a fresh worker).
   */
  private async sendWithRetry(segments: { key: string; text: string; priority?: number }[], target: TargetLanguage) {
    for (let attempt = 0; ; attempt++) {
      try {
        this.messagesSent++;
        return await this.send(segments, target);
      } catch (error) {
        const transient = error instanceof TransportError && error.code !== 'extension-reloaded';
        if (!transient || attempt >= TRANSPORT_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  private async sendChunk(items: Queued[], target: TargetLanguage): Promise<void> {
    try {
      const { results } = await this.sendWithRetry(
        items.map((item, index) => ({ key: String(index), text: item.text, priority: Math.min(item.priority, 1e7) })),
        target,
      );
      const byKey = new Map(results.map((result) => [result.key, result]));
      items.forEach((item, index) => {
        const result = byKey.get(String(index));
        if (!result) return item.resolve({ status: 'error', error: new FerryError('invalid-message', 'missing result').toInfo() });
        if (result.status === 'done') {
          item.resolve({ status: 'done', translation: result.translation, engine: result.engine, sourceLanguage: result.sourceLanguage, notes: result.notes });
        } else if (result.status === 'skipped') item.resolve({ status: 'skipped', notes: result.notes });
        else item.resolve({ status: 'error', error: result.error });
      });
    } catch (error) {
      const info = toFerryError(error).toInfo();
      for (const item of items) item.resolve({ status: 'error', error: info });
    }
  }
}
