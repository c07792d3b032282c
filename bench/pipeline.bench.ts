import 'fake-indexeddb/auto';
import { TranslationClient } from '../core/annotator/translation-client';
import { TranslationCache } from '../core/cache/translation-cache';
import { createLanguageDetector } from '../core/engines/detect-language';
import { createMicrosoftEdgeEngine } from '../core/engines/microsoft-edge';
import { TranslationService } from '../core/engines/translation-service';
import { startEngineServer } from '../test/mocks/engine-server';
import { makeFeed } from './feed';
import type { BenchSection } from './report';

const SCREEN = 20; // posts that enter the viewport together while scrolling

/**
 * Ferry's pipeline against a naive one on the same 500-post feed and loopback
 * engine. Ferry: posts arrive a screen at a time, the content client gathers a
 * tick, the background gathers 15 ms, de-duplicates, caches and batches.
 * Naive: one request per post, no cache, no de-duplication, no scoping.
 */
export async function benchPipeline(): Promise<BenchSection> {
  const feed = makeFeed(500);
  const allTexts = feed.flatMap((post) => post.texts);
  const distinct = new Set(allTexts);

  const server = await startEngineServer();
  const engine = createMicrosoftEdgeEngine({ baseUrl: server.url });
  const service = new TranslationService({
    cache: new TranslationCache({ dbName: `bench-${Date.now()}` }),
    engines: async () => [engine],
    detectLanguage: createLanguageDetector(),
  });
  const client = new TranslationClient(async (segments, target) => ({ results: await service.translate(segments, target, { persist: true }) }));
  const started = performance.now();
  let answered = 0;
  for (let start = 0; start < feed.length; start += SCREEN) {
    const screen = feed.slice(start, start + SCREEN);
    const results = await Promise.all(screen.flatMap((post) => post.texts.map((text) => client.translate(text, 'en'))));
    answered += results.filter((result) => result.status === 'done').length;
  }
  const ferryMs = performance.now() - started;
  const ferryRequests = server.requests.filter((request) => request.path === '/translate/translatetext');
  const sentTexts = ferryRequests.flatMap((request) => request.body as string[]);
  const timesSent = new Map<string, number>();
  for (const text of sentTexts) timesSent.set(text, (timesSent.get(text) ?? 0) + 1);
  const duplicateGroups = [...distinct].filter((text) => allTexts.filter((other) => other === text).length > 1);
  const maxSendsOfDuplicate = Math.max(...duplicateGroups.map((text) => timesSent.get(text) ?? 0));

  // Naive baseline on the same feed and server.
  server.requests.length = 0;
  const naiveStarted = performance.now();
  for (const post of feed) {
    for (const text of post.texts) await engine.translate({ texts: [text], source: 'auto', target: 'en' }, new AbortController().signal);
  }
  const naiveMs = performance.now() - naiveStarted;
  const naiveRequests = server.requests.length;
  await server.close();

  const segmentsPerRequest = sentTexts.length / ferryRequests.length;
  return {
    title: 'Translation pipeline: 500-post feed through a loopback engine',
    method:
      'Node, `bench/pipeline.bench.ts`. 500 posts × 3 texts (title, body, a short comment drawn from 10 common ones), requested a screen of 20 posts at a time through the content client and the background TranslationService, against the Microsoft wire format on 127.0.0.1. The cache here is IndexedDB emulated in Node (fake-indexeddb), which dominates the wall time of Ferry; real IndexedDB timings are measured in Chromium. The naive baseline sends one request per text with no cache or de-duplication.',
    rows: [
      { metric: 'Texts in the feed (distinct)', value: `${allTexts.length} (${distinct.size})` },
      { metric: 'Texts answered with a translation', value: `${answered} / ${allTexts.length}`, target: 'all', pass: answered === allTexts.length },
      { metric: 'Requests sent', value: String(ferryRequests.length) },
      { metric: 'Average segments per request', value: segmentsPerRequest.toFixed(1), target: '≥ 8', pass: segmentsPerRequest >= 8 },
      { metric: 'Most times one duplicated text was sent', value: String(maxSendsOfDuplicate), target: 'exactly 1', pass: maxSendsOfDuplicate === 1 },
      { metric: 'Segments sent / distinct texts', value: `${sentTexts.length} / ${distinct.size}`, pass: sentTexts.length === distinct.size },
      { metric: 'Naive requests (one per text)', value: String(naiveRequests) },
      { metric: 'Requests, naive ÷ Ferry', value: `${(naiveRequests / ferryRequests.length).toFixed(1)}×` },
      { metric: 'Wall time Ferry / naive', value: `${ferryMs.toFixed(0)} ms / ${naiveMs.toFixed(0)} ms` },
    ],
  };
}
