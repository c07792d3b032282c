import type { TranslationCache } from '@/core/cache/translation-cache';
import { loadSettings, watchSettings } from '@/core/settings/items';

/** Keeps the cache's size cap on the options page's choice, at start and whenever it changes. */
export function applyCacheSizeSetting(cache: TranslationCache): void {
  const apply = (megabytes: number) => void cache.setMaxBytes(megabytes * 1024 * 1024).catch(() => undefined);
  void loadSettings().then((settings) => apply(settings.cache.maxMegabytes));
  watchSettings((settings) => apply(settings.cache.maxMegabytes));
}
