import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { FerryError, toFerryError } from '../messaging/errors';
import { reviewItemInputSchema, reviewItemSchema, reviewKey, type ReviewItem, type ReviewItemInput, type ReviewStatus } from './review-item';

interface QueueDb extends DBSchema {
  items: { key: string; value: ReviewItem; indexes: { lastSeenAt: number } };
}

export const REVIEW_QUEUE_DB = 'ferry-review-queue';
/** A queue this long is read in pages by no one; past it new items are refused with storage-full, never dropped silently. */
export const MAX_QUEUE_ITEMS = 20_000;

export interface ReviewDecision {
  status?: ReviewStatus;
  note?: string;
}

/**
 * The moderator's review queue, in its own IndexedDB database owned by the
 * background. One transaction per item, so a worker stopped mid-write leaves
 * the item either fully written or untouched. Items are keyed by site + post
 * id: seeing a post again (a re-render, a reload, another visit) refreshes
 * what was found but keeps the moderator's status and note, unless its text
 * changed.
 */
export class ReviewQueueStore {
  private dbPromise?: Promise<IDBPDatabase<QueueDb>>;

  constructor(
    private readonly dbName = REVIEW_QUEUE_DB,
    private readonly now: () => number = Date.now,
  ) {}

  private db(): Promise<IDBPDatabase<QueueDb>> {
    this.dbPromise ??= openDB<QueueDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'key' }).createIndex('lastSeenAt', 'lastSeenAt');
      },
    }).catch((error: unknown) => {
      this.dbPromise = undefined;
      throw error;
    });
    return this.dbPromise;
  }

  /** Adds or refreshes one item; returns what is stored. Failures (a full disk) reject with a FerryError. */
  async upsert(input: ReviewItemInput): Promise<ReviewItem> {
    const found = reviewItemInputSchema.parse(input);
    const key = reviewKey(found.site, found.postId);
    try {
      const db = await this.db();
      const tx = db.transaction('items', 'readwrite');
      const existing = await tx.store.get(key);
      if (!existing && (await tx.store.count()) >= MAX_QUEUE_ITEMS) {
        abort(tx);
        throw new FerryError('storage-full', `review queue holds ${MAX_QUEUE_ITEMS} items`);
      }
      const now = this.now();
      // A decision covers the text the moderator saw: other text under the same id (an edit, or a
      // page stamping a dismissed post's id on another comment) is new again. The note stays.
      const sameText = existing?.excerpt === found.excerpt;
      const item = reviewItemSchema.parse({
        ...found,
        key,
        status: sameText ? existing.status : 'new',
        note: existing?.note ?? '',
        firstSeenAt: existing?.firstSeenAt ?? now,
        lastSeenAt: now,
        decidedAt: sameText ? existing.decidedAt : undefined,
      });
      await tx.store.put(item);
      await tx.done;
      return item;
    } catch (error) {
      throw toQueueError(error);
    }
  }

  async list(): Promise<ReviewItem[]> {
    const db = await this.db();
    const items = await db.getAllFromIndex('items', 'lastSeenAt');
    // Newest first; anything that no longer parses (a future version's record) is left out, not thrown.
    return items.reverse().flatMap((item) => {
      const parsed = reviewItemSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async get(key: string): Promise<ReviewItem | undefined> {
    return (await this.db()).get('items', key);
  }

  /** Marks an item (reviewed, escalated, dismissed) and/or sets its note, in one transaction. */
  async decide(key: string, decision: ReviewDecision): Promise<ReviewItem> {
    try {
      const db = await this.db();
      const tx = db.transaction('items', 'readwrite');
      const existing = await tx.store.get(key);
      if (!existing) {
        abort(tx);
        throw new FerryError('invalid-message', 'no such review item');
      }
      const item = reviewItemSchema.parse({
        ...existing,
        ...(decision.status ? { status: decision.status, decidedAt: this.now() } : {}),
        ...(decision.note !== undefined ? { note: decision.note } : {}),
      });
      await tx.store.put(item);
      await tx.done;
      return item;
    } catch (error) {
      throw toQueueError(error);
    }
  }

  async remove(keys: string[]): Promise<number> {
    const db = await this.db();
    const tx = db.transaction('items', 'readwrite');
    await Promise.all(keys.map((key) => tx.store.delete(key)));
    await tx.done;
    return keys.length;
  }

  async clear(): Promise<void> {
    await (await this.db()).clear('items');
  }

  close(): void {
    void this.dbPromise?.then((db) => db.close());
    this.dbPromise = undefined;
  }
}

/** Aborts without leaving `tx.done` to reject unobserved. */
function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

/** An aborted transaction reports AbortError; the reason that matters is the FerryError or the quota error behind it. */
function toQueueError(error: unknown): FerryError {
  if (error instanceof FerryError) return error;
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || /quota/i.test(error.message))) return new FerryError('storage-full', error.message);
  const cause = (error as { target?: { error?: unknown } } | undefined)?.target?.error;
  if (cause instanceof DOMException && cause.name === 'QuotaExceededError') return new FerryError('storage-full', cause.message);
  return toFerryError(error);
}
