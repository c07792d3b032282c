import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { median, percentile, type BenchSection } from './report';
import { benchText, X_TWEETS, xhsCommentId, xhsNoteWithComments, xTimelinePage, xTweetId, XHS_COMMENTS } from './scroll-pages';

const SPEEDS = [300, 800, 2_000];
/** The loopback engine answers after this long, like a nearby free endpoint. */
const ENGINE_LATENCY_MS = 50;
/** Slow speeds stop here instead of reading the whole page (the rate is per post read). */
const MAX_SCROLL_S = 30;
const RUNS = Number(process.env.FERRY_BENCH_SCROLL_RUNS ?? 1);

const X_URL = 'https://x.com/home?bench=scroll';
const XHS_URL = 'https://www.xiaohongshu.com/explore/6759a1c2000000000102a3b4?xsec_token=ABbench%3D&xsec_source=pc_feed';

/**
 * In the page from its first byte: when each post first enters the screen
 * (an IntersectionObserver on the implicit root, which clips by inner
 * scrollers too) and when its translation is first shown.
 */
const PROBE = `
  window.__bench = { entered: {}, shown: {} };
  const seen = new WeakSet();
  const io = new IntersectionObserver((entries) => {
    const now = performance.now();
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const id = entry.target.getAttribute('data-bench-post');
      if (id && !(id in window.__bench.entered)) window.__bench.entered[id] = now;
    }
  });
  const noteShown = (element) => {
    if (element.getAttribute('data-ferry-status') !== 'done') return;
    const id = element.getAttribute('data-ferry-post-id');
    if (id && !(id in window.__bench.shown)) window.__bench.shown[id] = performance.now();
  };
  const visit = (node) => {
    if (node.nodeType !== 1) return;
    for (const element of [node, ...node.querySelectorAll('[data-bench-post], [data-ferry="annotation"]')]) {
      if (element.hasAttribute('data-bench-post') && !seen.has(element)) { seen.add(element); io.observe(element); }
      if (element.getAttribute('data-ferry') === 'annotation') noteShown(element);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') noteShown(record.target);
      else for (const node of record.addedNodes) visit(node);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ferry-status'] });
`;

interface ScrollResult {
  page: 'x' | 'xhs';
  speed: number;
  requests: number;
  segments: number;
  distinctSent: number;
  postsRead: number;
  latencies: number[];
  neverShown: number;
  enteredNotShown: number;
}

/** Scrolls the page's scroll root at `speed` px/s until its end or MAX_SCROLL_S, in the page's own frames. */
async function scrollAt(page: Page, rootSelector: string | null, speed: number): Promise<void> {
  await page.evaluate(
    async ({ rootSelector, speed, maxMs }) => {
      const root = rootSelector ? document.querySelector(rootSelector)! : document.scrollingElement!;
      const started = performance.now();
      let last = started;
      let position = root.scrollTop;
      while (performance.now() - started < maxMs && root.scrollTop + root.clientHeight < root.scrollHeight - 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        position += ((now - last) / 1000) * speed;
        last = now;
        root.scrollTop = position;
      }
    },
    { rootSelector, speed, maxMs: MAX_SCROLL_S * 1000 },
  );
}

async function runOne(
  context: BrowserContext,
  engine: { requests: { path: string; body: unknown }[] },
  which: 'x' | 'xhs',
  speed: number,
): Promise<ScrollResult> {
  const textToId = new Map<string, string>();
  if (which === 'x') for (let index = 0; index < X_TWEETS; index++) textToId.set(benchText(index), xTweetId(index));
  else for (let index = 0; index < XHS_COMMENTS; index++) textToId.set(benchText(index, true), xhsCommentId(index));
  const page = await context.newPage();
  const before = engine.requests.length;
  await page.goto(which === 'x' ? X_URL : XHS_URL);
  const rootSelector = which === 'x' ? null : '#noteContainer .note-scroller';
  // The reader reads the first screen before scrolling: what is on it is done first.
  await page
    .waitForFunction(() => {
      const bench = (window as unknown as { __bench: { entered: Record<string, number>; shown: Record<string, number> } }).__bench;
      const entered = Object.keys(bench.entered);
      return entered.length > 0 && entered.every((id) => id in bench.shown);
    }, undefined, { timeout: 15_000 })
    .catch(() => undefined);
  const scrollStart = await page.evaluate(() => performance.now());
  await scrollAt(page, rootSelector, speed);
  const scrollEnd = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1_500);
  const { entered, shown } = await page.evaluate(() => (window as unknown as { __bench: { entered: Record<string, number>; shown: Record<string, number> } }).__bench);
  await page.close();

  const sent = engine.requests
    .slice(before)
    .filter((request) => request.path === '/translate/translatetext' && Array.isArray(request.body))
    .map((request) => request.body as string[]);
  const texts = sent.flat().filter((text) => textToId.has(text));
  const distinct = new Set(texts);
  const latencies: number[] = [];
  let enteredNotShown = 0;
  for (const [id, at] of Object.entries(entered)) {
    // Posts on the first screen were read before the scroll began; only those the scroll brought in count.
    if (at < scrollStart) continue;
    const done = shown[id];
    if (done === undefined) {
      enteredNotShown++;
      latencies.push(scrollEnd + 1_500 - at);
    } else latencies.push(Math.max(0, done - at));
  }
  const neverShown = [...distinct].filter((text) => !(textToId.get(text)! in entered)).length;
  return {
    page: which,
    speed,
    requests: sent.filter((body) => body.some((text) => textToId.has(text))).length,
    segments: texts.length,
    distinctSent: distinct.size,
    postsRead: Object.keys(entered).length,
    latencies,
    neverShown,
    enteredNotShown,
  };
}

/**
 * Reading at a steady speed: how many texts go in each request, and how soon
 * a post that scrolls in shows its translation. `screenAtATime` is the
 * pipeline benchmark's figure (a whole screen of posts asked for at once).
 */
export async function benchScroll(screenAtATime?: string): Promise<BenchSection> {
  const { launchWithExtension, pointEnginesAtLoopback } = await import('../test/e2e/fixtures');
  const { startEngineServer } = await import('../test/mocks/engine-server');
  const notePage = readFileSync(path.resolve('test/fixtures/sites/xiaohongshu/note-page.html'), 'utf8');
  const engine = await startEngineServer();
  engine.setDelay(ENGINE_LATENCY_MS);
  const results: ScrollResult[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const which of ['x', 'xhs'] as const) {
        for (const speed of SPEEDS) {
          // A fresh browser per run: nothing cached from the previous one.
          const { context, dispose } = await launchWithExtension('en-US');
          try {
            const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
            await pointEnginesAtLoopback(worker, engine, { engines: { disabled: ['chrome-builtin'] } });
            await context.route('https://x.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: xTimelinePage() }));
            await context.route('https://www.xiaohongshu.com/**', (route) =>
              route.request().resourceType() === 'document' ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: xhsNoteWithComments(notePage) }) : route.abort(),
            );
            await context.addInitScript(PROBE);
            results.push(await runOne(context, engine, which, speed));
          } finally {
            await dispose();
          }
        }
      }
    }
  } finally {
    await engine.close();
  }

  const rows: BenchSection['rows'] = [];
  if (screenAtATime) rows.push({ metric: 'For comparison: a whole screen of posts asked for at once (pipeline benchmark)', value: `${screenAtATime} segments per request` });
  for (const which of ['x', 'xhs'] as const) {
    const label = which === 'x' ? 'X timeline, 300 tweets' : 'Xiaohongshu note, 200 comments';
    for (const speed of SPEEDS) {
      const runs = results.filter((result) => result.page === which && result.speed === speed);
      const requests = runs.reduce((sum, run) => sum + run.requests, 0);
      const segments = runs.reduce((sum, run) => sum + run.segments, 0);
      const read = runs.reduce((sum, run) => sum + run.postsRead, 0);
      const distinct = runs.reduce((sum, run) => sum + run.distinctSent, 0);
      const neverShown = runs.reduce((sum, run) => sum + run.neverShown, 0);
      const latencies = runs.flatMap((run) => run.latencies);
      const perRequest = requests ? segments / requests : 0;
      const p50 = latencies.length ? median(latencies) : NaN;
      const p95 = latencies.length ? percentile(latencies, 95) : NaN;
      const neverShare = distinct ? neverShown / distinct : 0;
      const duplicates = segments - distinct;
      const prefix = `${label}, ${speed.toLocaleString('en')} px/s`;
      rows.push(
        { metric: `${prefix}: segments per request`, value: `${perRequest.toFixed(1)} (${segments} in ${requests})`, target: '≥ 8', pass: perRequest >= 8 },
        { metric: `${prefix}: requests per 100 posts read`, value: `${((requests / Math.max(1, read)) * 100).toFixed(1)} (${read} read)` },
        {
          metric: `${prefix}: post on screen → translation shown, p50 / p95`,
          value: `${p50.toFixed(0)} / ${p95.toFixed(0)} ms (${latencies.length} posts, ${runs.reduce((sum, run) => sum + run.enteredNotShown, 0)} never shown)`,
          ...(speed === 800 ? { target: '≤ 150 / ≤ 400 ms', pass: p50 <= 150 && p95 <= 400 } : {}),
        },
        {
          metric: `${prefix}: texts requested but never on screen`,
          value: `${(neverShare * 100).toFixed(1)}% (${neverShown} of ${distinct})`,
          ...(speed === 2_000 ? { target: '< 10%', pass: neverShare < 0.1 } : {}),
        },
        { metric: `${prefix}: duplicate texts sent`, value: String(duplicates), target: '0', pass: duplicates === 0 },
      );
    }
  }
  return {
    title: 'Scrolling: batching while reading (Chromium, loopback engine at 50 ms)',
    method: [
      '`bench/scroll.bench.ts` loads the built extension in headless Chromium (a fresh profile per run, so nothing is cached) with the loopback engine answering after 50 ms, and scrolls two pages in their own animation frames at 300, 800 and 2,000 px/s:',
      'an X-like home timeline of 300 Chinese tweets (200 px rows in a virtual list that keeps rows from 1,500 px above to 3,500 px below the screen and recycles the row elements, `bench/scroll-pages.ts`) and the Xiaohongshu note fixture with 200 loaded comments in its inner scroller.',
      `A page is scrolled to its end or for at most ${MAX_SCROLL_S} s, after the first screen is translated; then it waits 1.5 s.`,
      'Requests and segments are read from the engine server (only this page\'s texts). A post is read when an IntersectionObserver in the page first sees it on screen; its latency is from then to its annotation turning `done` (0 when it was already translated; a post never translated counts until the end of the run). Only posts the scroll brought in count for latency.',
      '"Never on screen" is a text sent to the engine whose post never entered the screen during the run (slow runs stop before the end of the page, so some look-ahead is left unread there).',
      `Runs per figure: ${RUNS}.`,
    ].join(' '),
    rows,
  };
}
