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
  resolve: (result: ClientResult) => void;
}

/**
 * The content script's side of translation: one promise per distinct text
 * (re-renders and duplicates reuse it), requests gathered for a tick and sent
 * in as few messages as the protocol allows. Failures are forgotten so Retry asks again.
 */
export class TranslationClient {
  private readonly memo = new Map<string, Promise<ClientResult>>();
  private queue: Queued[] = [];
  private scheduled = false;
  messagesSent = 0;

  constructor(private readonly send: SendTranslate) {}

  /** `priority`: distance from the screen in px; nearer posts are sent first. */
  translate(text: string, target: TargetLanguage, priority = 0): Promise<ClientResult> {
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
        queued.priority = Math.min(queued.priority, priority);
      }
      return existing;
    }
    const promise = new Promise<ClientResult>((resolve) => {
      this.queue.push({ id, text, target, priority, waiters: 1, resolve });
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
    item.resolve({ status: 'error', error: new FerryError('cancelled').toInfo() });
  }

  /** Drops remembered results, e.g. after the target language changes. */
  reset(): void {
    this.memo.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      void this.flush();
    }, 0);
  }

  private async flush(): Promise<void> {
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
