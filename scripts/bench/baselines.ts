/**
 * The two yardsticks for highlighting a 1 MB page, run in a page with no
 * extension: the naive approach (one mark.js `mark()` call per phrase over
 * the whole body) and one bare TreeWalker pass over the body's text nodes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../chromium.ts';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/** What the yardsticks cost, in milliseconds. */
export interface Baselines {
  /** Script time of one `mark()` per phrase. */
  naiveMs: number;
  /** Main-thread time of the same, with the rendering of its marks that follows: what Counterpoint's figure counts. */
  naiveMainThreadMs: number;
  /** One TreeWalker pass over the text nodes. */
  walkMs: number;
}

// How long the page gets to lay out and paint the naive approach's marks.
const RENDER_SETTLE_MS = 2000;

/**
 * One `mark()` per phrase, and one TreeWalker pass, on a load of `url`; the browser is left
 * idle `idleFirstMs` after it starts, before the load (as Counterpoint's loads are compared).
 */
export async function baselines(url: string, phrases: readonly string[], idleFirstMs = 0): Promise<Baselines> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-base-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    if (idleFirstMs) await page.waitForTimeout(idleFirstMs);
    await page.goto(url);
    const walkMs = await page.evaluate(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
      return chars > 0 ? performance.now() - start : NaN;
    });
    await page.addScriptTag({ path: MARK_JS });
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const taskSeconds = async () =>
      (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    // The page's own first layout and paint happen before the window opens, not inside it.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          void document.body.offsetHeight;
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        }),
    );
    const before = await taskSeconds();
    const naiveMs = await page.evaluate((list) => {
      const start = performance.now();
      const Mark = (window as unknown as { Mark: new (el: Element) => { mark(p: string, o: object): void } }).Mark;
      for (const phrase of list) new Mark(document.body).mark(phrase, { separateWordSearch: false });
      return performance.now() - start;
    }, phrases);
    await page.waitForTimeout(RENDER_SETTLE_MS);
    const naiveMainThreadMs = ((await taskSeconds()) - before) * 1000;
    return { naiveMs, naiveMainThreadMs, walkMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
