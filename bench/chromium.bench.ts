import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { percentile, type BenchSection } from './report';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** The translation cache on Chromium's real IndexedDB, 100,000 entries. */
export async function benchCacheInChromium(): Promise<BenchSection> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ferry-bench-'));
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { outDir, emptyOutDir: true, lib: { entry: path.resolve('bench/browser/cache-bench.ts'), formats: ['iife'], name: 'ferryBench', fileName: () => 'cache-bench.js' } },
  });
  const script = readFileSync(path.join(outDir, 'cache-bench.js'), 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  const server = createServer((req, res) => {
    if (req.url === '/cache-bench.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><script src="/cache-bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const result = await page.evaluate(
      ([entries, lookups]) => (window as unknown as { runCacheBench: (e: number, l: number) => Promise<{ fillMs: number; cold: number[]; warm: number[]; stats: { entries: number; bytes: number } }> }).runCacheBench(entries, lookups),
      [100_000, 2_000] as const,
    );
    const p50 = percentile(result.cold, 50);
    const p99 = percentile(result.cold, 99);
    return {
      title: 'Translation cache on IndexedDB (Chromium)',
      method:
        '`bench/chromium.bench.ts` bundles `core/cache/translation-cache.ts` with Vite and runs it in headless Chromium on a 127.0.0.1 page (real IndexedDB). 100,000 entries are written in batches of 1,000; then 2,000 random reads go through a fresh cache instance (empty memory layer, so every read is an IndexedDB read), and 2,000 reads through a warm memory layer.',
      rows: [
        { metric: 'Entries stored / bytes accounted', value: `${result.stats.entries.toLocaleString('en')} / ${(result.stats.bytes / 2 ** 20).toFixed(1)} MB` },
        { metric: 'Fill time (100,000 entries)', value: `${(result.fillMs / 1000).toFixed(1)} s` },
        { metric: 'IndexedDB get p50', value: `${p50.toFixed(2)} ms`, target: '≤ 1 ms', pass: p50 <= 1 },
        { metric: 'IndexedDB get p99', value: `${p99.toFixed(2)} ms`, target: '≤ 10 ms', pass: p99 <= 10 },
        { metric: 'Memory-layer get p50', value: `${percentile(result.warm, 50).toFixed(3)} ms` },
      ],
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Round trips through the built extension: how long a cached translation
 * takes from a request to its answer, and a cold start (worker stopped,
 * translation answered from IndexedDB by a fresh worker).
 */
export async function benchExtensionRoundTrip(): Promise<BenchSection> {
  const { launchWithExtension, pointEnginesAtLoopback } = await import('../test/e2e/fixtures');
  const { startEngineServer } = await import('../test/mocks/engine-server');
  const engine = await startEngineServer();
  const { context, dispose } = await launchWithExtension('en-US');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await pointEnginesAtLoopback(worker, engine, { engines: { disabled: ['chrome-builtin'] } });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const texts = ['已经种草了！！下个月就去成都', '第二家我去过，牛油锅底yyds', '真的！我排了一个半小时😂'];
    const roundTrip = () =>
      page.evaluate(async (segments) => {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ channel: 'ferry', type: 'translate', payload: { segments: segments.map((text, index) => ({ key: String(index), text })), targetLanguage: 'en' } })) as {
          ok: boolean;
          data?: { results: { status: string; cached?: boolean }[] };
        };
        if (!reply.ok || reply.data!.results.some((result) => result.status !== 'done')) throw new Error(JSON.stringify(reply));
        return { ms: performance.now() - started, cached: reply.data!.results.every((result) => result.cached) };
      }, texts);
    await roundTrip();
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const { ms, cached } = await roundTrip();
      if (!cached) throw new Error('expected a cached answer');
      times.push(ms);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let run = 0; run < 5; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(200);
      cold.push((await roundTrip()).ms);
    }
    const p50 = percentile(times, 50);
    return {
      title: 'Built extension in Chromium: cached round trip and cold start',
      method:
        '`bench/chromium.bench.ts` loads `.output/chrome-mv3-e2e` (the e2e build, which differs from the production one only by open card shadow roots, loopback hosts and the shortcut hook) in headless Chromium, points the engines at the loopback server, and from an extension page sends the `translate` message for three Chinese comments (the same message the content script sends). After one warm-up, 200 round trips are answered from the cache. Cold start: the service worker is stopped through the DevTools protocol and the next request (answered from IndexedDB by a fresh worker) is timed; median of 5.',
      rows: [
        { metric: 'Cached translation, request to answer, p50', value: `${p50.toFixed(2)} ms`, target: '≤ 5 ms', pass: p50 <= 5 },
        { metric: 'Cached translation, p99', value: `${percentile(times, 99).toFixed(2)} ms` },
        { metric: 'Cold start: worker start to first translation (median)', value: `${percentile(cold, 50).toFixed(0)} ms` },
      ],
    };
  } finally {
    await dispose();
    await engine.close();
  }
}
