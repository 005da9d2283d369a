/**
 * Page loads in Chromium, with an extension whose content script is empty
 * (what any content script costs: injection, an isolated world) and with
 * Counterpoint, alternating, each on a fresh profile. Per load: main-thread
 * time and JS heap (CDP Performance.getMetrics, after a collection), and from
 * a trace of the page's renderer its long tasks and their thread (CPU) time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension } from '../chromium.ts';
import { importPack, largePackText } from './imported-pack.ts';
import { median } from './median.ts';
import { startTrace, taskFigures, type TaskFigures } from './trace.ts';

let packText: string | null = null;

/**
 * The extensions compared: an empty one, the floor under stage 1 (floor-extension.ts), Counterpoint,
 * and Counterpoint with a large imported pack.
 */
export type Setup = 'empty content script' | 'minimal stage 1' | 'Counterpoint' | 'Counterpoint + imported pack';

/** What one page load cost. */
export interface LoadFigures extends TaskFigures {
  mainThreadMs: number;
  heapMb: number;
}

/** An unpacked extension with an empty content script on every page, written to a temporary folder. */
export function emptyExtension(): string {
  return contentScriptExtension('Empty content script', '');
}

/**
 * An unpacked extension named `name`, with `script` as its content script on every page and an
 * empty worker, written to a temporary folder.
 */
export function contentScriptExtension(name: string, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-bench-extension-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), script);
  return dir;
}

/**
 * Unmeasured loads in the same profile before the measured one: a returning reader, whose browser
 * already ran the extension's scripts. Of a page on another site (`url` on another host), the
 * measured page gets a renderer process of its own, which has never compiled them: a returning
 * reader opening a link to a new site.
 */
export interface EarlierLoads {
  count: number;
  /** What was loaded; by default the measured page. */
  url?: string;
  /**
   * Idle time after the browser starts, before any load. A fresh profile installs the extension
   * as it starts, and its service worker's first start competes with the first page for the CPU.
   */
  waitMs?: number;
}

/**
 * Loads `url` once with `setup` (after `earlier` loads), waits `settleMs` for the extension's work,
 * and reads the figures. `other` is the folder of the extension of a setup that is not Counterpoint.
 */
export async function loadOnce(
  setup: Setup,
  url: string,
  other: string,
  settleMs: number,
  earlier: EarlierLoads = { count: 0 },
): Promise<LoadFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
  const { context, extensionId } = await launchWithExtension(
    profile,
    true,
    setup.startsWith('Counterpoint') ? DIST : other,
  );
  try {
    if (setup === 'Counterpoint + imported pack')
      await importPack(context, extensionId, (packText ??= largePackText()));
    const page = await context.newPage();
    if (earlier.waitMs) await page.waitForTimeout(earlier.waitMs);
    for (let load = 0; load < earlier.count; load++) {
      await page.goto(earlier.url ?? url);
      await page.waitForTimeout(settleMs);
      await page.goto('about:blank');
    }
    const session = await context.newCDPSession(page);
    // Metrics count from `Performance.enable`, so enable before the page loads.
    await session.send('Performance.enable');
    const trace = await startTrace(session);
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const events = await trace.stop();
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      mainThreadMs: metric('TaskDuration') * 1000,
      heapMb: metric('JSHeapUsedSize') / 1e6,
      ...taskFigures(events, (script) => script.startsWith(`chrome-extension://${extensionId}/`), url),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The median of each figure over several loads. */
export function medianFigures(runs: readonly LoadFigures[]): LoadFigures {
  const of = (pick: (m: LoadFigures) => number) => median(runs.map(pick));
  return {
    mainThreadMs: of((m) => m.mainThreadMs),
    heapMb: of((m) => m.heapMb),
    longestMs: of((m) => m.longestMs),
    longestOursMs: of((m) => m.longestOursMs),
    doneAfterLoadMs: of((m) => m.doneAfterLoadMs),
    oursTotalMs: of((m) => m.oursTotalMs),
    mainThreadCpuMs: of((m) => m.mainThreadCpuMs),
    oursCpuMs: of((m) => m.oursCpuMs),
  };
}
