import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toFerryError, type FerryError } from '../messaging/errors';
import { MemoryLru } from './memory-lru';

export interface CachedTranslation {
  translation: string;
  engine: string;
  sourceLanguage: string;
}

interface CacheRecord extends CachedTranslation {
  key: string;
  bytes: number;
  createdAt: number;
  lastUsedAt: number;
}

interface CacheDb extends DBSchema {
  translations: { key: string; value: CacheRecord; indexes: { lastUsedAt: number; createdAt: number } };
  meta: { key: string; value: number };
}

export interface CacheOptions {
  dbName?: string;
  maxBytes?: number;
  ttlMs?: number;
  memoryEntries?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_CACHE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
// Recording every read would turn each hit into a write; an hour is precise enough for LRU.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Persistent translation cache: IndexedDB behind an in-memory LRU. Writes are
 * one transaction per batch, so a crash leaves either the whole batch or none.
 */
export class TranslationCache {
  private dbPromise?: Promise<IDBPDatabase<CacheDb>>;
  private readonly memory: MemoryLru<CachedTranslation & { createdAt: number }>;
  private readonly options: Required<Omit<CacheOptions, 'now'>> & { now: () => number };
  hits = 0;
  misses = 0;
  /** The last failed disk write (a full disk), until a later write succeeds. */
  writeError: (FerryError & { at: number }) | undefined;

  constructor(options: CacheOptions = {}) {
    this.options = {
      dbName: options.dbName ?? 'ferry-cache',
      maxBytes: options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES,
      ttlMs: options.ttlMs ?? DEFAULT_CACHE_TTL_MS,
      memoryEntries: options.memoryEntries ?? 5_000,
      now: options.now ?? Date.now,
    };
    this.memory = new MemoryLru(this.options.memoryEntries);
  }

  private db(): Promise<IDBPDatabase<CacheDb>> {
    this.dbPromise ??= openDB<CacheDb>(this.options.dbName, 1, {
      upgrade(db) {
        const store = db.createObjectStore('translations', { keyPath: 'key' });
        store.createIndex('lastUsedAt', 'lastUsedAt');
        store.createIndex('createdAt', 'createdAt');
        db.createObjectStore('meta');
      },
    });
    return this.dbPromise;
  }

  /**
   * `countMisses: false` for a look-ahead that will be asked again on a miss
   * (the pipeline's fast path), so the hit rate counts each text once.
   */
  async getMany(keys: string[], { countMisses = true }: { countMisses?: boolean } = {}): Promise<(CachedTranslation | undefined)[]> {
    const now = this.options.now();
    const results: (CachedTranslation | undefined)[] = new Array(keys.length);
    const missing: number[] = [];
    keys.forEach((key, index) => {
      const hit = this.memory.get(key);
      // Memory outlives no TTL either: a long-lived worker must not serve what the disk has expired.
      if (hit && now - hit.createdAt <= this.options.ttlMs) results[index] = strip(hit);
      else missing.push(index);
    });
    if (missing.length > 0) {
      const db = await this.db();
      const tx = db.transaction('translations', 'readwrite');
      const records = await Promise.all(missing.map((index) => tx.store.get(keys[index]!)));
      const touches: Promise<unknown>[] = [];
      records.forEach((record, i) => {
        if (!record || now - record.createdAt > this.options.ttlMs) return;
        const index = missing[i]!;
        results[index] = strip(record);
        this.memory.set(record.key, record);
        if (now - record.lastUsedAt > TOUCH_INTERVAL_MS) touches.push(tx.store.put({ ...record, lastUsedAt: now }));
      });
      await Promise.all([...touches, tx.done]);
    }
    for (const result of results) {
      if (result) this.hits++;
      else if (countMisses) this.misses++;
    }
    return results;
  }

  async get(key: string): Promise<CachedTranslation | undefined> {
    return (await this.getMany([key]))[0];
  }

  /**
   * Stores a batch in one transaction, so a failure (a full disk) leaves
   * none of it on disk. The batch still goes to memory, and the error is
   * rethrown so the caller can tell the user, and kept in `writeError`.
   */
  async putMany(entries: { key: string; value: CachedTranslation }[], persist = true): Promise<void> {
    const now = this.options.now();
    // One record per key: a key twice in a batch would count its bytes twice.
    const unique = [...new Map(entries.map((entry) => [entry.key, entry])).values()];
    for (const { key, value } of unique) this.memory.set(key, { ...strip(value), createdAt: now });
    if (!persist || unique.length === 0) return;
    let total = 0;
    let delta = 0;
    try {
      const db = await this.db();
      const tx = db.transaction(['translations', 'meta'], 'readwrite');
      const store = tx.objectStore('translations');
      const meta = tx.objectStore('meta');
      const [previous, stored] = await Promise.all([Promise.all(unique.map(({ key }) => store.get(key))), meta.get('bytes')]);
      total = stored ?? 0;
      // Every request is queued before anything is awaited, and every one is awaited: a failure
      // (which aborts the transaction and fails its other requests too) never goes unhandled.
      const writes: Promise<unknown>[] = [];
      let thrown: unknown;
      try {
        unique.forEach(({ key, value }, index) => {
          const bytes = recordBytes(key, value);
          delta += bytes - (previous[index]?.bytes ?? 0);
          writes.push(store.put({ key, ...strip(value), bytes, createdAt: now, lastUsedAt: now }));
        });
        writes.push(meta.put(Math.max(0, total + delta), 'bytes'));
      } catch (error) {
        // A put that throws before it is queued does not abort the transaction by itself.
        thrown = error;
        abortQuietly(tx);
      }
      const settled = await Promise.allSettled([...writes, tx.done]);
      if (thrown !== undefined) throw thrown;
      const rejected = settled.find((result) => result.status === 'rejected');
      // The transaction's error is the cause (QuotaExceededError); its other requests only say AbortError.
      if (rejected) throw tx.error ?? rejected.reason;
    } catch (error) {
      this.writeError = Object.assign(toFerryError(error), { at: now });
      throw error;
    }
    this.writeError = undefined;
    if (total + delta > this.options.maxBytes) await this.evict();
  }

  async stats(): Promise<{ entries: number; bytes: number; hits: number; misses: number }> {
    const db = await this.db();
    const tx = db.transaction(['translations', 'meta'], 'readonly');
    const [entries, bytes] = await Promise.all([tx.objectStore('translations').count(), tx.objectStore('meta').get('bytes')]);
    await tx.done;
    return { entries, bytes: bytes ?? 0, hits: this.hits, misses: this.misses };
  }

  async clear(): Promise<void> {
    this.memory.clear();
    const db = await this.db();
    const tx = db.transaction(['translations', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('translations').clear(), tx.objectStore('meta').clear()]);
    await tx.done;
    this.hits = 0;
    this.misses = 0;
  }

  /** A new size cap (the options page's choice); a smaller cap evicts at once. */
  async setMaxBytes(maxBytes: number): Promise<void> {
    if (!Number.isFinite(maxBytes) || maxBytes <= 0 || maxBytes === this.options.maxBytes) return;
    const shrinking = maxBytes < this.options.maxBytes;
    this.options.maxBytes = maxBytes;
    if (shrinking) await this.evict();
  }

  /** Drops expired entries, then the least recently used ones until under the cap. */
  async evict(): Promise<number> {
    const now = this.options.now();
    const db = await this.db();
    const tx = db.transaction(['translations', 'meta'], 'readwrite');
    const store = tx.objectStore('translations');
    const meta = tx.objectStore('meta');
    let total = (await meta.get('bytes')) ?? 0;
    let removed = 0;
    let cursor = await store.index('createdAt').openCursor(IDBKeyRange.upperBound(now - this.options.ttlMs));
    while (cursor) {
      total -= cursor.value.bytes;
      removed++;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    // Evict to 90% so a full cache does not evict on every write.
    const target = this.options.maxBytes * 0.9;
    let lru = total > this.options.maxBytes ? await store.index('lastUsedAt').openCursor() : null;
    while (lru && total > target) {
      total -= lru.value.bytes;
      removed++;
      await lru.delete();
      lru = await lru.continue();
    }
    await meta.put(Math.max(0, total), 'bytes');
    await tx.done;
    if (removed > 0) this.memory.clear();
    return removed;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
}

function strip(record: CachedTranslation): CachedTranslation {
  return { translation: record.translation, engine: record.engine, sourceLanguage: record.sourceLanguage };
}

function recordBytes(key: string, value: CachedTranslation): number {
  // UTF-16 in memory, and a fixed overhead for the record's other fields.
  return (key.length + value.translation.length + value.engine.length + value.sourceLanguage.length) * 2 + 64;
}
