import { TranslationCache } from '../../core/cache/translation-cache';

/** Runs in a Chromium page: the real IndexedDB behind the translation cache. */
async function run(entries: number, lookups: number) {
  const name = `ferry-bench-${Date.now()}`;
  const writer = new TranslationCache({ dbName: name, maxBytes: 1e12, memoryEntries: 10 });
  const key = (index: number) => index.toString(16).padStart(64, '0');
  const fillStarted = performance.now();
  for (let start = 0; start < entries; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, entries - start) }, (_, offset) => ({
      key: key(start + offset),
      value: { translation: `Translation number ${start + offset}: a sentence of typical length for a comment.`, engine: 'microsoft-edge', sourceLanguage: 'zh' },
    }));
    await writer.putMany(batch);
  }
  const fillMs = performance.now() - fillStarted;

  // A fresh instance: nothing in memory, every read goes to IndexedDB.
  const reader = new TranslationCache({ dbName: name, maxBytes: 1e12, memoryEntries: 10 });
  await reader.get(key(0));
  const cold: number[] = [];
  for (let i = 0; i < lookups; i++) {
    const index = Math.floor(Math.random() * entries);
    const started = performance.now();
    const hit = await reader.get(key(index));
    cold.push(performance.now() - started);
    if (!hit) throw new Error(`missing entry ${index}`);
  }
  const warm: number[] = [];
  const memory = new TranslationCache({ dbName: name, maxBytes: 1e12, memoryEntries: 5000 });
  for (let i = 0; i < 200; i++) await memory.get(key(i));
  for (let i = 0; i < lookups; i++) {
    const started = performance.now();
    await memory.get(key(i % 200));
    warm.push(performance.now() - started);
  }
  const stats = await reader.stats();
  return { fillMs, cold, warm, stats };
}

(window as unknown as { runCacheBench: typeof run }).runCacheBench = run;
