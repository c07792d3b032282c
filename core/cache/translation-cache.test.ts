import { afterEach, describe, expect, it } from 'vitest';
import { toFerryError } from '../messaging/errors';
import { cacheKey, normalizeForCache, type CacheKeyParts } from './cache-key';
import { MemoryLru } from './memory-lru';
import { TranslationCache, type CacheOptions, type CachedTranslation } from './translation-cache';

let dbCount = 0;
const HOUR = 60 * 60 * 1000;

function setup(options: Omit<CacheOptions, 'now' | 'dbName'> = {}) {
  const clock = { now: 1_000_000 };
  const dbName = `cache-test-${++dbCount}`;
  const open = () => new TranslationCache({ ...options, dbName, now: () => clock.now });
  return { clock, cache: open(), reopen: open };
}

const value = (translation: string): CachedTranslation => ({ translation, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans' });
const entries = (...keys: string[]) => keys.map((key) => ({ key, value: value(`t:${key}`) }));
/** What one record costs in the byte count (see recordBytes). */
const bytesOf = (key: string) => (key.length + `t:${key}`.length + 'microsoft-edge'.length + 'zh-Hans'.length) * 2 + 64;

type PutFailure = 'quota' | 'throws';
const originalPut = IDBObjectStore.prototype.put;

/**
 * Makes writes of the given key fail the way a browser fails them: 'quota'
 * errors the request with QuotaExceededError, which aborts the transaction;
 * 'throws' throws synchronously from put() (a value that cannot be cloned).
 */
function failPutsOf(key: string, how: PutFailure): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, record: unknown, ...rest: [IDBValidKey?]) {
    if (this.name === 'translations' && (record as { key?: string }).key === key) {
      if (how === 'throws') throw new DOMException('could not clone', 'DataCloneError');
      const tx = this.transaction as unknown as { _execRequestAsync(request: { operation: () => never; source: unknown }): IDBRequest };
      return tx._execRequestAsync({
        source: this,
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    }
    return originalPut.call(this, record, ...rest);
  } as typeof originalPut;
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

describe('TranslationCache', () => {
  it('stores a batch and answers it from memory and, after a restart, from disk', async () => {
    const { cache, reopen } = setup();
    await cache.putMany(entries('a', 'b'));
    expect(await cache.getMany(['a', 'x', 'b'])).toEqual([value('t:a'), undefined, value('t:b')]);
    const restarted = reopen();
    expect(await restarted.getMany(['b', 'a'])).toEqual([value('t:b'), value('t:a')]);
    expect(await restarted.stats()).toEqual({ entries: 2, bytes: bytesOf('a') + bytesOf('b'), hits: 2, misses: 0 });
  });

  it('counts hits and misses for the hit rate', async () => {
    const { cache } = setup();
    await cache.putMany(entries('a'));
    await cache.getMany(['a', 'b', 'c']);
    await cache.get('a');
    expect(await cache.stats()).toMatchObject({ hits: 2, misses: 2 });
  });

  it('keeps private-window translations in memory only', async () => {
    const { cache, reopen } = setup();
    await cache.putMany(entries('private'), false);
    expect(await cache.get('private')).toEqual(value('t:private'));
    expect(await cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
    expect(await reopen().get('private')).toBeUndefined();
  });

  it('counts a key given twice in one batch once', async () => {
    const { cache } = setup();
    await cache.putMany([...entries('dup'), { key: 'dup', value: value('newer') }]);
    expect(await cache.stats()).toMatchObject({ entries: 1, bytes: (3 + 5 + 14 + 7) * 2 + 64 });
    expect(await cache.get('dup')).toEqual(value('newer'));
  });

  it('replaces an entry without counting its bytes twice', async () => {
    const { cache } = setup();
    await cache.putMany(entries('k'));
    await cache.putMany(entries('k'));
    expect(await cache.stats()).toMatchObject({ entries: 1, bytes: bytesOf('k') });
  });

  describe('expiry', () => {
    it('stops answering an entry after its TTL, from memory as well as from disk', async () => {
      const { cache, clock, reopen } = setup({ ttlMs: 24 * HOUR });
      await cache.putMany(entries('old'));
      clock.now += 24 * HOUR;
      expect(await cache.get('old')).toEqual(value('t:old'));
      clock.now += 1;
      expect(await cache.get('old')).toBeUndefined();
      expect(await reopen().get('old')).toBeUndefined();
    });

    it('deletes expired entries from disk on cleanup and lowers the byte count', async () => {
      const { cache, clock } = setup({ ttlMs: 24 * HOUR });
      await cache.putMany(entries('old-1', 'old-2'));
      clock.now += 12 * HOUR;
      await cache.putMany(entries('new'));
      clock.now += 12 * HOUR + 1;
      expect(await cache.evict()).toBe(2);
      expect(await cache.stats()).toMatchObject({ entries: 1, bytes: bytesOf('new') });
    });
  });

  describe('size cap', () => {
    it('evicts the least recently used entries once over the cap, down to 90% of it', async () => {
      const keys = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'];
      const cap = bytesOf('e0') * 10;
      const { cache, clock, reopen } = setup({ maxBytes: cap });
      for (const key of keys) {
        await cache.putMany(entries(key));
        clock.now += 2 * HOUR;
      }
      // Reading e0 makes it recent on disk (reads are recorded at most hourly).
      await reopen().get('e0');
      await cache.putMany(entries('e10'));
      const stats = await cache.stats();
      expect(stats.bytes).toBeLessThanOrEqual(cap * 0.9);
      const fresh = reopen();
      // 11 entries of about 120 bytes against a cap of 1,180: the three least recently used go.
      expect(await fresh.getMany(['e1', 'e2', 'e3'])).toEqual([undefined, undefined, undefined]);
      expect(await fresh.getMany(['e0', 'e4', 'e10'])).toEqual([value('t:e0'), value('t:e4'), value('t:e10')]);
      expect(stats.entries).toBe(8);
    });

    it('does not evict while under the cap', async () => {
      const { cache } = setup({ maxBytes: bytesOf('a') * 3 });
      await cache.putMany(entries('a', 'b', 'c'));
      expect(await cache.stats()).toMatchObject({ entries: 3 });
    });
  });

  describe('a full disk', () => {
    it.each<PutFailure>(['quota', 'throws'])('leaves none of a failed batch on disk (%s), keeps it in memory and reports the error', async (how) => {
      const { cache, reopen } = setup();
      await cache.putMany(entries('before'));
      failPutsOf('b2', how);
      const failure = await cache.putMany(entries('b1', 'b2', 'b3')).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DOMException);
      expect(toFerryError(failure).code).toBe(how === 'quota' ? 'storage-full' : 'internal');
      expect(cache.writeError?.code).toBe(how === 'quota' ? 'storage-full' : 'internal');
      IDBObjectStore.prototype.put = originalPut;
      const disk = reopen();
      expect(await disk.getMany(['b1', 'b2', 'b3', 'before'])).toEqual([undefined, undefined, undefined, value('t:before')]);
      expect(await disk.stats()).toMatchObject({ entries: 1, bytes: bytesOf('before') });
      expect(await cache.getMany(['b1', 'b2', 'b3'])).toEqual([value('t:b1'), value('t:b2'), value('t:b3')]);
    });

    it('clears the reported error once a write succeeds again', async () => {
      const { cache } = setup();
      failPutsOf('full', 'quota');
      await expect(cache.putMany(entries('full'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(cache.writeError).toBeDefined();
      IDBObjectStore.prototype.put = originalPut;
      await cache.putMany(entries('fine'));
      expect(cache.writeError).toBeUndefined();
    });
  });

  it('clears memory, disk and the counters', async () => {
    const { cache, reopen } = setup();
    await cache.putMany(entries('a', 'b'));
    await cache.get('a');
    await cache.clear();
    expect(await cache.get('a')).toBeUndefined();
    expect(await reopen().get('b')).toBeUndefined();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0, hits: 0, misses: 1 });
  });
});

describe('cacheKey', () => {
  const parts: CacheKeyParts = { text: '成都 火锅\n#美食', source: 'auto', target: 'en', engine: 'openai-compatible', variant: 'gpt-4o-mini|p2' };

  it('is a SHA-256 hex digest', async () => {
    expect(await cacheKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for text that differs only by normalisation', async () => {
    const key = await cacheKey(parts);
    expect(await cacheKey({ ...parts, text: '  成都\u3000\u00a0 火锅 \n #美食  ' })).toBe(key);
    // NFD (decomposed) and NFC spellings of é are one key.
    expect(await cacheKey({ ...parts, text: 'cafe\u0301' })).toBe(await cacheKey({ ...parts, text: 'caf\u00e9' }));
  });

  it('keeps line breaks significant', async () => {
    expect(await cacheKey({ ...parts, text: '成都 火锅 #美食' })).not.toBe(await cacheKey(parts));
    expect(normalizeForCache('一\n\n二')).toBe('一\n\n二');
  });

  it.each<keyof CacheKeyParts>(['text', 'source', 'target', 'engine', 'variant'])('changes with the %s', async (part) => {
    expect(await cacheKey({ ...parts, [part]: `${parts[part]}x` })).not.toBe(await cacheKey(parts));
  });

  it('does not let parts run into each other', async () => {
    expect(await cacheKey({ ...parts, target: 'en', engine: 'deepl' })).not.toBe(await cacheKey({ ...parts, target: 'end', engine: 'eepl' }));
  });
});

describe('MemoryLru', () => {
  it('forgets the least recently used entry past its capacity, a read counting as use', () => {
    const lru = new MemoryLru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.size]).toEqual([1, 3, 2]);
  });
});

describe('TranslationCache size cap from the options', () => {
  it('a smaller cap evicts the least recently used entries at once; a larger one keeps everything', async () => {
    const { cache, clock, reopen } = setup({ maxBytes: 10 * 1024 * 1024 });
    const keys = Array.from({ length: 10 }, (_, index) => `entry-${index}`);
    for (const key of keys) {
      clock.now += 1_000;
      await cache.putMany(entries(key));
    }
    const before = await cache.stats();
    await cache.setMaxBytes(20 * 1024 * 1024);
    expect((await cache.stats()).entries).toBe(10);

    await cache.setMaxBytes(before.bytes / 2);
    const after = await cache.stats();
    expect(after.entries).toBeLessThan(10);
    expect(after.bytes).toBeLessThanOrEqual(before.bytes / 2);
    // On disk, the oldest went first and the newest stayed.
    const disk = reopen();
    expect(await disk.get('entry-0')).toBeUndefined();
    expect(await disk.get('entry-9')).toEqual(value('t:entry-9'));
  });

  it('ignores a cap that is not a positive number', async () => {
    const { cache } = setup();
    await cache.putMany(entries('a'));
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) await cache.setMaxBytes(bad);
    expect((await cache.stats()).entries).toBe(1);
  });
});
