import { browser } from 'wxt/browser';
import type { TranslationCache } from '@/core/cache/translation-cache';

export const CACHE_CLEANUP_ALARM = 'ferry-cache-cleanup';
export const CACHE_CLEANUP_PERIOD_MINUTES = 6 * 60;

/**
 * Drops expired cache entries (and the least recently used ones over the cap)
 * on an alarm, since a service worker has no lasting timers. The listener is
 * added synchronously so a worker woken by the alarm receives it; the alarm is
 * created only when missing, so worker restarts do not push it back.
 */
export function registerCacheCleanup(cache: Pick<TranslationCache, 'evict'>): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CACHE_CLEANUP_ALARM) return;
    void cache.evict().catch((error: unknown) => console.warn('[ferry] cache cleanup failed', error));
  });
  return browser.alarms.get(CACHE_CLEANUP_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(CACHE_CLEANUP_ALARM, { periodInMinutes: CACHE_CLEANUP_PERIOD_MINUTES, delayInMinutes: 1 });
  });
}
