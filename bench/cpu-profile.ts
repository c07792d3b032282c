import type { Page } from '@playwright/test';

/** The page's JS heap after a forced GC, bytes. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The extension service worker's JS heap after a forced GC, MB, through the DevTools protocol (Target.* relay). */
export async function serviceWorkerHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (!worker) return NaN;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 1;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const id = nextId++;
        const onMessage = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize?: number };
    return (usedSize ?? NaN) / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Main-thread tasks seen by the sampling profiler: runs of samples between idle
 * samples, with how much of each was spent in the extension's scripts. (Long
 * animation frame entries do not name content scripts, so they cannot tell
 * Ferry's work from the page's.)
 */
export function tasksFromProfile(profile: CpuProfile): { durationMs: number; ferryMs: number }[] {
  const idle = new Set(profile.nodes.filter((node) => (node.callFrame as { functionName?: string }).functionName === '(idle)').map((node) => node.id));
  const extension = new Set(profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id));
  const tasks: { durationMs: number; ferryMs: number }[] = [];
  let current: { durationMs: number; ferryMs: number } | undefined;
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index]!;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (idle.has(id)) {
      if (current) tasks.push(current);
      current = undefined;
      continue;
    }
    current ??= { durationMs: 0, ferryMs: 0 };
    current.durationMs += ms;
    if (extension.has(id)) current.ferryMs += ms;
  }
  if (current) tasks.push(current);
  return tasks;
}

/** Sampled CPU time spent in the extension's own scripts (content scripts run in the page's main thread), ms. */
export function extensionSelfTime(profile: CpuProfile): number {
  const extensionNodes = new Set(profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id));
  let micros = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    // A sample's time is the gap to the next sample.
    if (extensionNodes.has(profile.samples[index]!)) micros += profile.timeDeltas[index + 1] ?? 0;
  }
  if (process.env.FERRY_BENCH_PROFILE) {
    const byFunction = new Map<string, number>();
    const names = new Map(profile.nodes.map((node) => [node.id, `${(node.callFrame as { functionName?: string }).functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${(node.callFrame as { lineNumber?: number }).lineNumber}`]));
    profile.samples.forEach((id, index) => {
      if (extensionNodes.has(id)) byFunction.set(names.get(id)!, (byFunction.get(names.get(id)!) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
    });
    console.log([...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25));
  }
  return micros / 1000;
}

/** Starts the sampling profiler (100 µs) on a page; the returned function stops it and hands back the profile. */
export async function startProfiling(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    return profile;
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

/** One main-thread task of the page's renderer, with the time Ferry's scripts ran inside it, ms. */
export interface TracedTask {
  /** Trace clock (the CPU profile's clock too), µs. */
  start: number;
  durationMs: number;
  ferryMs: number;
  /** The task evaluated an extension script: a content script starting, not handling the page. */
  evaluatesFerry: boolean;
  /** Style recalculation and layout forced inside Ferry's scripts (part of `ferryMs`), ms. */
  forcedMs: number;
}

/** Starts a DevTools trace of the page's tasks and script runs; the returned function stops it and hands back the renderer's main-thread tasks. */
export async function startTaskTracing(page: Page): Promise<() => Promise<TracedTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,__metadata', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return tasksFromTrace(events);
  };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction', 'v8.run']);

/**
 * Main-thread tasks of the renderers (the `RunTask` slices), each with the
 * time spent in script that Chrome attributes to an extension URL. Nested
 * script slices are counted once, by their outermost extension slice.
 */
export function tasksFromTrace(events: TraceEvent[]): TracedTask[] {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const key = `${event.pid}:${event.tid}`;
    const list = byThread.get(key);
    if (list) list.push(event);
    else byThread.set(key, [event]);
  }
  const tasks: (TracedTask & { end: number })[] = [];
  for (const threadEvents of byThread.values()) {
    threadEvents.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let task: (TracedTask & { end: number }) | undefined;
    let ferryUntil = -Infinity;
    for (const event of threadEvents) {
      if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') {
        if (task && event.ts < task.end) continue; // A nested RunTask belongs to the outer one.
        if (task) tasks.push(task);
        task = { start: event.ts, durationMs: event.dur! / 1000, ferryMs: 0, evaluatesFerry: false, forcedMs: 0, end: event.ts + event.dur! };
        continue;
      }
      if (task && event.ts < ferryUntil && (event.name === 'UpdateLayoutTree' || event.name === 'Layout')) {
        task.forcedMs += event.dur! / 1000;
        continue;
      }
      if (!task || event.ts >= task.end || !SCRIPT_EVENTS.has(event.name) || event.ts < ferryUntil) continue;
      if (!(event.args?.data?.url ?? '').startsWith('chrome-extension://')) continue;
      task.ferryMs += Math.min(event.dur!, task.end - event.ts) / 1000;
      if (event.name === 'EvaluateScript') task.evaluatesFerry = true;
      ferryUntil = event.ts + event.dur!;
    }
    if (task) tasks.push(task);
  }
  return tasks.map(({ end: _end, ...task }) => task);
}
