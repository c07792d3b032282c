import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionSelfTime, startProfiling, startTaskTracing, type CpuProfile } from './cpu-profile';
import { median, type BenchSection } from './report';

const RUNS = Number(process.env.FERRY_BENCH_RUNS ?? 3);
const NOTE_ID = '6770e5f6000000000105f7a8';

/** Long tasks from the first byte of the page on, all of the page's (fixture included). */
const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

type Scenario = 'hostile posts' | 'huge answers' | 'long, deep and broken posts';

interface ScenarioRun {
  longTasks: number[];
  /** Traced main-thread tasks of 50 ms or more where most of the time was in Ferry's scripts (its start left out), ms. */
  ferryLongTasks: number[];
  /** The most time Ferry's scripts took within one task, its start left out, ms. */
  longestFerryInTask: number;
  /** The task that evaluated the content script, ms (it runs whether or not Ferry is on for the site). */
  startTaskMs: number;
  /** The most style and layout work forced inside Ferry's scripts within one task, ms. */
  longestForced: number;
  ferryMs: number;
}

const allDone = (postIds: string[]) =>
  postIds.every((id) => {
    const hosts = document.querySelectorAll(`[data-ferry="annotation"][data-ferry-post-id="${id}"]`);
    return hosts.length > 0 && [...hosts].every((host) => ['done', 'error'].includes(host.getAttribute('data-ferry-status') ?? ''));
  });

async function waitForPosts(page: Page, ferryOn: boolean, postIds: string[]): Promise<void> {
  if (ferryOn) await page.waitForFunction(allDone, postIds, { timeout: 60_000 });
  else await page.waitForTimeout(1_500);
}

/**
 * Opens the hostile note (profiling from the navigation on, through a same-site
 * blank page so the profiler survives it), waits for Ferry to finish, and for
 * the last scenario adds a lone-surrogate post, a 2,000-level deep post and a
 * 100,000-character post.
 */
async function runScenario(context: BrowserContext, noteUrl: string, scenario: Scenario, ferryOn: boolean): Promise<ScenarioRun> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1700 });
  const blank = new URL('/ferry-bench-blank', noteUrl).href;
  await page.route(blank, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(blank);
  const stopProfiling = await startProfiling(page);
  const stopTracing = await startTaskTracing(page);
  await page.goto(noteUrl);
  const comments = ['6770e5f6000000001e01a001', '6770e5f6000000001e01a002', '6770e5f6000000001e01a003', '6770e5f6000000001e01a004'];
  await waitForPosts(page, ferryOn, [NOTE_ID, ...comments]);
  if (scenario === 'long, deep and broken posts') {
    const added = ['6770e5f6000000001e01b001', '6770e5f6000000001e01b002', '6770e5f6000000001e01b003'];
    await page.evaluate(([surrogates, deep, long]) => {
      const fixture = (window as unknown as { __fixture: Record<string, (id: string, n?: number) => Element> }).__fixture;
      fixture.addLoneSurrogates!(surrogates!);
      fixture.addDeepComment!(deep!, 2000);
      fixture.addLongComment!(long!, 100_000);
    }, added);
    await waitForPosts(page, ferryOn, added);
  }
  await page.waitForTimeout(300);
  const tasks = await stopTracing();
  const profile: CpuProfile = await stopProfiling();
  // FERRY_BENCH_DUMP=dir keeps each profile, to open in DevTools' Performance panel.
  if (process.env.FERRY_BENCH_DUMP) {
    const name = path.join(process.env.FERRY_BENCH_DUMP, `${scenario.replace(/\W+/g, '-')}-${ferryOn ? 'on' : 'off'}-${Date.now()}`);
    writeFileSync(`${name}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(`${name}.tasks.json`, JSON.stringify(tasks));
  }
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  if (process.env.FERRY_BENCH_PROFILE) console.log(scenario, ferryOn, tasks.filter((task) => task.durationMs >= 30 || task.ferryMs >= 10).map((task) => `${task.durationMs.toFixed(0)}/${task.ferryMs.toFixed(0)}`).join(' '));
  const handling = tasks.filter((task) => !task.evaluatesFerry);
  return {
    longTasks,
    ferryLongTasks: handling.filter((task) => task.durationMs >= 50 && task.ferryMs >= task.durationMs / 2).map((task) => task.durationMs),
    longestFerryInTask: Math.max(0, ...handling.map((task) => task.ferryMs)),
    longestForced: Math.max(0, ...handling.map((task) => task.forcedMs)),
    startTaskMs: Math.max(0, ...tasks.filter((task) => task.evaluatesFerry).map((task) => task.durationMs)),
    ferryMs: extensionSelfTime(profile),
  };
}

/**
 * The hostile-input fixture (markup and script payloads, invisible and bidi
 * characters), an engine answering 1 MB per segment, and posts that are
 * 100,000 characters long, 2,000 elements deep or hold lone surrogates:
 * the main thread with Ferry on and off.
 */
export async function benchHostileInput(): Promise<BenchSection> {
  const { launchWithExtension, pointEnginesAtLoopback } = await import('../test/e2e/fixtures');
  const { startEngineServer } = await import('../test/mocks/engine-server');
  const { XHS_HOSTILE_NOTE_URL } = await import('../test/e2e/routes/xiaohongshu');
  const { ENGINE_IDS } = await import('../core/settings/schema');
  const engine = await startEngineServer();
  // FERRY_BENCH_SCENARIO=deep (say) runs only the scenarios whose name contains it.
  const scenarios = (['hostile posts', 'huge answers', 'long, deep and broken posts'] as Scenario[]).filter((name) => name.includes(process.env.FERRY_BENCH_SCENARIO ?? ''));
  const results = new Map<string, ScenarioRun[]>();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const ferryOn of [false, true]) {
        // A fresh browser per scenario, so each one translates with an empty cache.
        for (const scenario of scenarios) {
          const { context, dispose } = await launchWithExtension('en-US');
          try {
            const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
            // Only the Microsoft endpoint answers, so every answer reaches the page as the mock wrote it.
            await pointEnginesAtLoopback(worker, engine, {
              engines: { disabled: ENGINE_IDS.filter((id) => id !== 'microsoft-edge') },
              ...(ferryOn ? {} : { disabledSites: ['xiaohongshu'] }),
            });
            await context.addInitScript(LONG_TASK_PROBE);
            engine.setMode(scenario === 'huge answers' ? 'huge-answer' : 'ok');
            const key = `${scenario}|${ferryOn}`;
            results.set(key, [...(results.get(key) ?? []), await runScenario(context, XHS_HOSTILE_NOTE_URL, scenario, ferryOn)]);
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
  for (const scenario of scenarios) {
    const on = results.get(`${scenario}|true`) ?? [];
    const off = results.get(`${scenario}|false`) ?? [];
    const longest = (runs: ScenarioRun[]) => median(runs.map((run) => Math.max(0, ...run.longTasks)));
    const ferryLong = median(on.map((run) => run.ferryLongTasks.length));
    rows.push(
      { metric: `${scenario}: longest task with Ferry / without (median)`, value: `${longest(on).toFixed(0)} ms / ${longest(off).toFixed(0)} ms` },
      { metric: `${scenario}: long tasks caused by Ferry (≥ 50 ms, mostly in Ferry's scripts)`, value: String(ferryLong), target: 'none', pass: ferryLong === 0 },
      {
        metric: `${scenario}: most time in Ferry's scripts within one task`,
        value: `${Math.max(...on.map((run) => run.longestFerryInTask)).toFixed(1)} ms`,
        target: '≤ 50 ms',
        pass: Math.max(...on.map((run) => run.longestFerryInTask)) <= 50,
      },
      { metric: `${scenario}: most style and layout forced inside Ferry's scripts within one task`, value: `${Math.max(...on.map((run) => run.longestForced)).toFixed(1)} ms` },
      { metric: `${scenario}: CPU time in Ferry's scripts (median)`, value: `${median(on.map((run) => run.ferryMs)).toFixed(0)} ms` },
    );
  }
  const starts = [...results.values()].flat().map((run) => run.startTaskMs).filter((ms) => ms > 0);
  rows.push({
    metric: 'Content script start: the task that evaluates it (median of every page load, Ferry on or off)',
    value: `${median(starts).toFixed(0)} ms (worst ${Math.max(...starts).toFixed(0)} ms)`,
    target: '≤ 50 ms',
    pass: median(starts) <= 50,
  });
  return {
    title: 'Hostile and broken input on the main thread (Chromium)',
    method: [
      "`bench/hostile-input.bench.ts` loads the built extension in headless Chromium and opens `test/fixtures/sites/xiaohongshu/hostile-note.html` at the Xiaohongshu origin (posts carrying script and HTML payloads, entities, zero-width and bidi-override characters), with only the loopback Microsoft engine answering.",
      "Scenarios: the page as served; the engine answering every segment with about 1 MB of text; and, once the page is translated, three posts added by the page: lone surrogates, text 2,000 elements deep and a 100,000-character post.",
      "Each scenario runs with Ferry on and with Ferry switched off for the site, traced and profiled (DevTools sampling profiler, 100 µs) from the navigation on. Tasks come from a DevTools trace of the renderer's main thread (`RunTask` slices, with the script slices Chrome attributes to the extension's URL inside them): a long task is Ferry's when it lasts 50 ms or more and most of it ran Ferry's scripts. The task that evaluates the content script is reported on its own: it runs on every page the content script matches, whatever the page holds. The fixture's own work (laying out a 2,000-level tree) is the page's; style recalculation and layout that Ferry's scripts force (by reading a computed style) count as Ferry's, and are also reported on their own. The longest task of each run comes from a `longtask` PerformanceObserver.",
      `Median of ${RUNS} runs; the most time in Ferry's scripts is the worst of all runs.`,
    ].join(' '),
    rows,
  };
}
