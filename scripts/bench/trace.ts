/**
 * Long tasks from a Chromium trace. A content script's tasks are not reported
 * to the page's own PerformanceObserver, so the benchmark records a trace
 * over CDP (the `devtools.timeline` categories) and reads the RunTask events
 * of the page renderer's main thread (CrRendererMain).
 *
 * Each task has a wall duration and a thread time (CPU). On this two-core
 * machine a page's tasks take two to four times their thread time on the
 * wall: the thread is descheduled while the browser, another renderer (in one
 * traced load, a fresh profile's WebUI renderer did ~0.5 s of CPU beside the
 * first page) or the extension's worker run. So the wall figures of a small page swing by tens
 * of ms between loads, and the thread time says what work the page did.
 */
import type { CDPSession } from '@playwright/test';

/** One trace event, as much of it as we read. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time (CPU), where the trace records it. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; frame?: string; processId?: number; isOutermostMainFrame?: boolean };
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
// Events that mean script ran inside a task.
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'RunMicrotasks',
  'RunYieldContinuation',
  'TimerFire',
]);

/** Starts recording; resolve `stop()` to get the events. */
export async function startTrace(session: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
      await session.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/** What a trace says about a page load. */
export interface TaskFigures {
  /** Longest task of any kind on the page's main thread (the page's own parsing and layout included). */
  longestMs: number;
  /** Longest task that ran the extension's script (or, on a page without scripts of its own, was mostly script). */
  longestOursMs: number;
  /** From the load event to the end of the extension's last task: when its work on the page was done. */
  doneAfterLoadMs: number;
  /** The summed duration of the tasks that ran the extension's script: its own main-thread time. */
  oursTotalMs: number;
  /** The summed thread time (CPU) of every task on the page's main thread. */
  mainThreadCpuMs: number;
  /** The summed thread time (CPU) of the tasks that ran the extension's script. */
  oursCpuMs: number;
}

/**
 * Reads the tasks of the main thread of the renderer that committed `pageUrl` (of every
 * CrRendererMain thread, if the trace does not say which); `ours` tells the extension's script URLs.
 */
export function taskFigures(
  events: readonly TraceEvent[],
  ours: (url: string) => boolean,
  pageUrl?: string,
): TaskFigures {
  const pageProcess = events.find(
    (event) =>
      event.name === 'FrameCommittedInBrowser' &&
      event.args?.data?.isOutermostMainFrame &&
      event.args.data.url === pageUrl,
  )?.args?.data?.processId;
  const onMain = onRendererMain(events, pageProcess);
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined);
  const load = onMain.find((event) => event.name === 'MarkLoad')?.ts ?? Math.min(...tasks.map((task) => task.ts));
  // Nested events by thread, sorted by time, to find what ran inside each task.
  const inner = onMain.filter((event) => event.name !== 'RunTask').sort((a, b) => a.ts - b.ts);
  let longestMs = 0;
  let longestOursMs = 0;
  let lastEnd = load;
  let oursTotalMs = 0;
  let mainThreadCpuMs = 0;
  let oursCpuMs = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const cpuMs = (task.tdur ?? 0) / 1000;
    longestMs = Math.max(longestMs, task.dur! / 1000);
    mainThreadCpuMs += cpuMs;
    let script = 0; // Longest script event without a URL (microtasks, yield continuations).
    let theirs = false;
    let mine = false;
    for (let i = firstAtOrAfter(inner, task.ts); i < inner.length && inner[i]!.ts <= end; i += 1) {
      const event = inner[i]!;
      if (event.pid !== task.pid || event.tid !== task.tid || !SCRIPT_EVENTS.has(event.name)) continue;
      const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
      if (!url) script = Math.max(script, event.dur ?? 0);
      else if (ours(url)) mine = true;
      else theirs = true;
    }
    // Script without a URL is ours only on a page with no script of its own, and only when it
    // is most of the task: a rendering task that merely drains a microtask is the page's.
    if (mine || (!theirs && script >= task.dur! / 2)) {
      longestOursMs = Math.max(longestOursMs, task.dur! / 1000);
      oursTotalMs += task.dur! / 1000;
      oursCpuMs += cpuMs;
      lastEnd = Math.max(lastEnd, end);
    }
  }
  return {
    longestMs,
    longestOursMs,
    doneAfterLoadMs: (lastEnd - load) / 1000,
    oursTotalMs,
    mainThreadCpuMs,
    oursCpuMs,
  };
}

// The rendering steps of a frame, each a sibling of the others inside its task.
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

/** Milliseconds of rendering (style, layout, pre-paint, paint) on every renderer main thread in the trace. */
export function renderingMs(events: readonly TraceEvent[]): number {
  return onRendererMain(events)
    .filter((event) => event.ph === 'X' && RENDERING_EVENTS.has(event.name))
    .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
}

/** The events of the main thread of the renderer `process`, or of every renderer when it is not known. */
function onRendererMain(events: readonly TraceEvent[], process?: number): TraceEvent[] {
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .filter((event) => process === undefined || event.pid === process)
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events.filter((event) => mainThreads.has(`${event.pid}:${event.tid}`));
}

function firstAtOrAfter(events: readonly TraceEvent[], ts: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.ts < ts) low = mid + 1;
    else high = mid;
  }
  return low;
}
