/**
 * What our highlights cost the page's own work once they are drawn: the
 * page adds and removes paragraphs (a live blog, a framework's re-render)
 * after Counterpoint has painted the 1 MB page, timed in the page's own world,
 * beside the same page with the empty content script. A document updates
 * every live Range it holds on each change to its nodes; our painted
 * highlights hold none (content/text-span.ts), and this shows it.
 *
 * Then the page changes one small text node a few times (a clock ticking)
 * and a trace sums the rendering that follows each change (style, layout,
 * pre-paint, paint): after any change to the DOM, Chromium checks every range
 * of every registered highlight again and repaints the text they cover, so
 * a page painted with thousands of ranges pays for them at each tick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension } from '../chromium.ts';
import { median } from './median.ts';
import { renderingMs, startTrace } from './trace.ts';

// Paragraphs the page adds and removes again, one at a time.
const CHANGES = 200;
// Ticks of the clock, and the time between them (each gets a frame of its own).
const TICKS = 5;
const TICK_MS = 200;

/** What the page's own work cost once drawn, in milliseconds. */
interface DomWork {
  /** Script time of adding and removing CHANGES paragraphs. */
  scriptMs: number;
  /** The rendering that followed TICKS changes of one small text node. */
  renderingMs: number;
}

/** The page's own work, `settleMs` after loading `url` with `extension`. */
async function pageDomWork(url: string, extension: string, settleMs: number): Promise<DomWork> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-dom-'));
  const { context } = await launchWithExtension(profile, true, extension);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const scriptMs = await page.evaluate((changes) => {
      const article = document.querySelector('article') ?? document.body;
      const start = performance.now();
      for (let i = 0; i < changes; i++) {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Update: no further comment from either side.';
        article.prepend(paragraph);
        paragraph.remove();
      }
      return performance.now() - start;
    }, CHANGES);
    // The clock is added, and drawn, before the trace starts: only its ticks are measured.
    await page.evaluate(() => {
      const clock = document.body.appendChild(document.createElement('div'));
      clock.id = 'bench-clock';
      clock.textContent = 'Updated 0 s ago';
    });
    await page.waitForTimeout(TICK_MS);
    const trace = await startTrace(await context.newCDPSession(page));
    await page.evaluate(
      ({ ticks, tickMs }) =>
        new Promise<void>((done) => {
          const text = document.getElementById('bench-clock')!.firstChild as Text;
          let tick = 0;
          const timer = setInterval(() => {
            text.data = `Updated ${++tick} s ago`;
            if (tick < ticks) return;
            clearInterval(timer);
            setTimeout(done, tickMs);
          }, tickMs);
        }),
      { ticks: TICKS, tickMs: TICK_MS },
    );
    return { scriptMs, renderingMs: renderingMs(await trace.stop()) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Alternating loads with the empty content script and with Counterpoint; the medians. */
export async function benchPageDomWork(url: string, empty: string, settleMs: number, runs: number) {
  const bare: DomWork[] = [];
  const ours: DomWork[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(await pageDomWork(url, empty, settleMs));
    ours.push(await pageDomWork(url, DIST, settleMs));
  }
  const of = (loads: DomWork[], pick: (work: DomWork) => number) => median(loads.map(pick));
  return {
    changes: CHANGES,
    emptyMs: of(bare, (work) => work.scriptMs),
    oursMs: of(ours, (work) => work.scriptMs),
    ticks: TICKS,
    emptyRenderingMs: of(bare, (work) => work.renderingMs),
    oursRenderingMs: of(ours, (work) => work.renderingMs),
  };
}
