import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
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
  private readonly memory: MemoryLru<CachedTranslation & { lastUsedAt: number }>;
  private readonly options: Required<Omit<CacheOptions, 'now'>> & { now: () => number };
  hits = 0;
  misses = 0;

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

  async getMany(keys: string[]): Promise<(CachedTranslation | undefined)[]> {
    const now = this.options.now();
    const results: (CachedTranslation | undefined)[] = new Array(keys.length);
    const missing: number[] = [];
    keys.forEach((key, index) => {
      const hit = this.memory.get(key);
      if (hit) results[index] = strip(hit);
      else missing.push(index);
    });
    if (missing.length > 0) {
      const db = await this.db();
      const tx = db.transaction('translations', 'readwrite');
      const records = await Promise.all(missing.map((index) => tx.store.get(keys[index]!)));
      records.forEach((record, i) => {
        if (!record || now - record.createdAt > this.options.ttlMs) return;
        const index = missing[i]!;
        results[index] = strip(record);
        this.memory.set(record.key, record);
        if (now - record.lastUsedAt > TOUCH_INTERVAL_MS) void tx.store.put({ ...record, lastUsedAt: now });
      });
      await tx.done;
    }
    for (const result of results) {
      if (result) this.hits++;
      else this.misses++;
    }
    return results;
  }

  async get(key: string): Promise<CachedTranslation | undefined> {
    return (await this.getMany([key]))[0];
  }

  /**
   * Stores a batch. When the disk is full the batch stays in memory and the
   * error is rethrown so the caller can tell the user; nothing half-written remains.
   */
  async putMany(entries: { key: string; value: CachedTranslation }[], persist = true): Promise<void> {
    const now = this.options.now();
    for (const { key, value } of entries) this.memory.set(key, { ...value, lastUsedAt: now });
    if (!persist || entries.length === 0) return;
    const db = await this.db();
    const tx = db.transaction(['translations', 'meta'], 'readwrite');
    const store = tx.objectStore('translations');
    const meta = tx.objectStore('meta');
    let delta = 0;
    const previous = await Promise.all(entries.map(({ key }) => store.get(key)));
    entries.forEach(({ key, value }, index) => {
      const bytes = recordBytes(key, value);
      delta += bytes - (previous[index]?.bytes ?? 0);
      void store.put({ key, ...value, bytes, createdAt: now, lastUsedAt: now });
    });
    const total = (await meta.get('bytes')) ?? 0;
    void meta.put(Math.max(0, total + delta), 'bytes');
    await tx.done;
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

function strip(record: CachedTranslation): CachedTranslation {
  return { translation: record.translation, engine: record.engine, sourceLanguage: record.sourceLanguage };
}

function recordBytes(key: string, value: CachedTranslation): number {
  // UTF-16 in memory, and a fixed overhead for the record's other fields.
  return (key.length + value.translation.length + value.engine.length + value.sourceLanguage.length) * 2 + 64;
}
