import type { TeamClient } from './client';
import type { DecisionRequest, FileItemRequest, TeamItem } from './schema';

/**
 * Offline-first filing and deciding. Every change is first written to the outbox with its own
 * idempotency key, so it always succeeds locally; `flush` sends the entries in order when the server
 * is reachable. A resend after a lost answer carries the same key, so the server applies it once.
 */
export type OutboxEntry =
  | { key: string; kind: 'file'; request: FileItemRequest; queuedAt: number }
  | { key: string; kind: 'decision'; itemId: string; request: DecisionRequest; queuedAt: number };

/** Where the outbox keeps entries across service-worker restarts (IndexedDB in the extension). */
export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryOutboxStore implements OutboxStore {
  private readonly entries = new Map<string, OutboxEntry>();
  async all() {
    return [...this.entries.values()].sort((a, b) => a.queuedAt - b.queuedAt);
  }
  async put(entry: OutboxEntry) {
    this.entries.set(entry.key, entry);
  }
  async delete(key: string) {
    this.entries.delete(key);
  }
}

export interface FlushReport {
  sent: Array<{ entry: OutboxEntry; item: TeamItem }>;
  /** Decisions that lost to a newer version: what won, to show the moderator. */
  lost: Array<{ entry: OutboxEntry; message: string; current: TeamItem }>;
  /** Entries the server refused outright (a revoked token, an invalid item): kept out of the queue, with why. */
  refused: Array<{ entry: OutboxEntry; message: string }>;
  /** True when the server could not be reached; the remaining entries stay queued in order. */
  offline: boolean;
  pending: number;
}

export class TeamOutbox {
  private flushing: Promise<FlushReport> | null = null;

  constructor(
    private readonly store: OutboxStore,
    private readonly now: () => number = Date.now,
  ) {}

  async enqueueFile(key: string, request: Omit<FileItemRequest, 'idempotencyKey'>): Promise<OutboxEntry> {
    const entry: OutboxEntry = { key, kind: 'file', request: { ...request, idempotencyKey: key }, queuedAt: this.now() };
    await this.store.put(entry);
    return entry;
  }

  async enqueueDecision(key: string, itemId: string, request: Omit<DecisionRequest, 'idempotencyKey'>): Promise<OutboxEntry> {
    const entry: OutboxEntry = { key, kind: 'decision', itemId, request: { ...request, idempotencyKey: key }, queuedAt: this.now() };
    await this.store.put(entry);
    return entry;
  }

  pending(): Promise<OutboxEntry[]> {
    return this.store.all();
  }

  /** Sends what is queued; concurrent calls share one pass so no entry is sent twice at once. */
  flush(client: TeamClient): Promise<FlushReport> {
    this.flushing ??= this.flushOnce(client).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushOnce(client: TeamClient): Promise<FlushReport> {
    const report: FlushReport = { sent: [], lost: [], refused: [], offline: false, pending: 0 };
    const entries = await this.store.all();
    for (const [index, entry] of entries.entries()) {
      const result = entry.kind === 'file' ? await client.file(entry.request) : await client.decide(entry.itemId, entry.request);
      if (result.kind === 'offline') {
        report.offline = true;
        report.pending = entries.length - index;
        return report;
      }
      await this.store.delete(entry.key);
      if (result.kind === 'ok') report.sent.push({ entry, item: result.value });
      else if (result.kind === 'conflict') report.lost.push({ entry, message: result.message, current: result.current });
      else report.refused.push({ entry, message: result.message });
    }
    return report;
  }
}
