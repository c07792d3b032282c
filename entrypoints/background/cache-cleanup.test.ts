import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationCache } from '@/core/cache/translation-cache';
import { CACHE_CLEANUP_ALARM, CACHE_CLEANUP_PERIOD_MINUTES, registerCacheCleanup } from './cache-cleanup';

beforeEach(() => {
  fakeBrowser.reset();
});

const alarm = (name: string) => ({ name, scheduledTime: Date.now(), persistAcrossSessions: true });

describe('cache cleanup alarm', () => {
  it('creates one periodic alarm, and keeps it when the worker starts again', async () => {
    await registerCacheCleanup({ evict: async () => 0 });
    const [first] = await fakeBrowser.alarms.getAll();
    expect(first).toMatchObject({ name: CACHE_CLEANUP_ALARM, periodInMinutes: CACHE_CLEANUP_PERIOD_MINUTES });
    await registerCacheCleanup({ evict: async () => 0 });
    expect(await fakeBrowser.alarms.getAll()).toEqual([first]);
  });

  it('evicts on its own alarm only', async () => {
    const evict = vi.fn(async () => 0);
    await registerCacheCleanup({ evict });
    await fakeBrowser.alarms.onAlarm.trigger(alarm('someone-else'));
    expect(evict).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(CACHE_CLEANUP_ALARM));
    expect(evict).toHaveBeenCalledTimes(1);
  });

  it('removes expired translations from disk when it fires', async () => {
    const clock = { now: 1_000_000 };
    const cache = new TranslationCache({ dbName: 'cleanup-alarm-test', ttlMs: 1_000, now: () => clock.now });
    await cache.putMany([{ key: 'old', value: { translation: 'x', engine: 'deepl', sourceLanguage: 'zh' } }]);
    clock.now += 1_001;
    await registerCacheCleanup(cache);
    await fakeBrowser.alarms.onAlarm.trigger(alarm(CACHE_CLEANUP_ALARM));
    await vi.waitFor(async () => expect((await cache.stats()).entries).toBe(0));
  });
});
