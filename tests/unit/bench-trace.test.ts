import { describe, expect, it } from 'vitest';
import { renderingMs, taskFigures } from '../../scripts/bench/trace.ts';

const PAGE = 'http://127.0.0.1:8000/vietnam.html';
const OURS = 'chrome-extension://abc/stage1.js';
const ours = (url: string) => url.startsWith('chrome-extension://abc/');

// A renderer process's main thread, by name, as the trace's metadata gives it.
const mainThread = (pid: number) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid: pid,
  ts: 0,
  args: { name: 'CrRendererMain' },
});

// A task of `dur` µs on the wall and `tdur` µs of CPU; with `script`, it ran that script.
function task(pid: number, ts: number, dur: number, tdur: number, script?: string) {
  const run = { name: 'RunTask', ph: 'X', pid, tid: pid, ts, dur, tdur };
  if (!script) return [run];
  return [
    run,
    { name: 'EvaluateScript', ph: 'X', pid, tid: pid, ts: ts + 1, dur: dur - 2, args: { data: { url: script } } },
  ];
}

// The page in renderer 10; a WebUI renderer (20) busy beside it, as on a fresh profile.
const trace = [
  mainThread(10),
  mainThread(20),
  {
    name: 'FrameCommittedInBrowser',
    ph: 'I',
    pid: 1,
    tid: 1,
    ts: 0,
    args: { data: { url: PAGE, processId: 10, isOutermostMainFrame: true } },
  },
  { name: 'MarkLoad', ph: 'I', pid: 20, tid: 20, ts: 50 },
  { name: 'MarkLoad', ph: 'I', pid: 10, tid: 10, ts: 31_000 },
  ...task(10, 100, 30_000, 10_000),
  ...task(10, 40_000, 12_000, 4_000, OURS),
  ...task(20, 200, 90_000, 60_000),
];

describe("the bench's trace figures", () => {
  it("reads the page's renderer alone, not another renderer busy beside it", () => {
    const figures = taskFigures(trace, ours, PAGE);
    expect(figures.longestMs).toBe(30);
    expect(figures.mainThreadCpuMs).toBe(14);
    // From the page's load event, not the other renderer's.
    expect(figures.doneAfterLoadMs).toBe(21);
  });

  it('sums the thread time of the tasks that ran our script apart from their wall time', () => {
    const figures = taskFigures(trace, ours, PAGE);
    expect(figures.oursTotalMs).toBe(12);
    expect(figures.oursCpuMs).toBe(4);
    expect(figures.longestOursMs).toBe(12);
  });

  it('reads every renderer when the trace does not say which committed the page', () => {
    const figures = taskFigures(trace, ours, 'http://127.0.0.1:8000/elsewhere.html');
    expect(figures.longestMs).toBe(90);
    expect(figures.mainThreadCpuMs).toBe(74);
  });
});

describe("the bench's rendering time", () => {
  it("sums style, layout, pre-paint and paint on renderers' main threads, nothing else", () => {
    const step = (name: string, pid: number, tid: number, dur: number) => ({ name, ph: 'X', pid, tid, ts: 0, dur });
    const events = [
      mainThread(10),
      step('UpdateLayoutTree', 10, 10, 1_000),
      step('Layout', 10, 10, 2_000),
      step('PrePaint', 10, 10, 80_000),
      step('Paint', 10, 10, 4_000),
      step('FunctionCall', 10, 10, 50_000), // Script, not rendering.
      step('Paint', 10, 11, 9_000), // Another thread of the renderer (a worker's).
      step('Paint', 30, 30, 9_000), // A process with no renderer main thread (the browser's).
    ];
    expect(renderingMs(events)).toBe(87);
  });
});
