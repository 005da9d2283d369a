/**
 * A live page: once a story page is drawn, its own script re-renders
 * paragraphs spread through it (the same words in new nodes, as a framework's
 * re-render or a hydration would leave them), which takes our highlights out
 * of them. Counterpoint must put them back, in tasks that leave the page
 * responsive. Per load: when every highlighted character was back, and
 * Counterpoint's longest task and CPU time after the re-render. (No empty
 * content script beside it: it would do nothing here, and the page's count of
 * highlights would cost the two setups differently.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension } from '../chromium.ts';
import { median } from './median.ts';
import { startTrace, taskFigures } from './trace.ts';

// Paragraphs re-rendered, spread evenly through the page.
const PARAGRAPHS = 20;
// How long the highlights get to come back, and the trace runs, after the re-render.
const AFTER_MS = 5000;

/** What the page saw of one re-render. */
interface Seen {
  /** Characters highlighted before the re-render, and how many it took out. */
  chars: number;
  removed: number;
  /** From the re-render to the first frame with as many highlighted as before (NaN: not within AFTER_MS). */
  backMs: number;
}

/** What one re-render cost. */
interface LiveFigures extends Seen {
  longestOursMs: number;
  oursCpuMs: number;
}

/**
 * The page's own script (a string: what tsx compiles would not run in the page): `reRender`
 * puts the same words in new nodes for `paragraphs` paragraphs spread through the article, then
 * counts the highlighted characters every frame until as many as before are back.
 */
const RE_RENDER = `
window.reRender = (paragraphs, afterMs) => {
  // Characters highlighted: a re-render may join into one mark or range what spanned two nodes.
  const marked = () =>
    [...document.querySelectorAll('mark[data-counterpoint]')].reduce((sum, mark) => sum + mark.textContent.length, 0);
  // Painted ranges (each over one text node) count only while over text in the page.
  const painted = () =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('counterpoint-'))
      .flatMap(([, highlight]) => [...highlight])
      .filter((range) => range.endContainer.isConnected && range.endOffset <= range.endContainer.length)
      .reduce((sum, range) => sum + range.endOffset - range.startOffset, 0);
  const count = () => marked() + painted();
  const all = [...document.querySelectorAll('article p')];
  const step = Math.max(1, Math.floor(all.length / paragraphs));
  const chars = count();
  const start = performance.now();
  for (let i = 0; i < all.length && i < paragraphs * step; i += step) all[i].textContent = all[i].textContent;
  const removed = chars - count();
  return new Promise((done) => {
    const look = () => {
      const elapsed = performance.now() - start;
      if (count() >= chars) done({ chars, removed, backMs: elapsed });
      else if (elapsed > afterMs) done({ chars, removed, backMs: NaN });
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
};`;

type ReRender = (paragraphs: number, afterMs: number) => Promise<Seen>;

/** One load of `url`, settled, then the re-render, traced for AFTER_MS. */
async function reRenderOnce(url: string, settleMs: number): Promise<LiveFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-live-'));
  const { context, extensionId } = await launchWithExtension(profile, true, DIST);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const session = await context.newCDPSession(page);
    const trace = await startTrace(session);
    // A script of the page's own: its tasks are the page's in the trace, not ours.
    await page.addScriptTag({ content: RE_RENDER });
    const seen = await page.evaluate(
      ({ paragraphs, afterMs }) => (window as unknown as { reRender: ReRender }).reRender(paragraphs, afterMs),
      { paragraphs: PARAGRAPHS, afterMs: AFTER_MS },
    );
    if (!Number.isNaN(seen.backMs)) await page.waitForTimeout(AFTER_MS - seen.backMs);
    const tasks = taskFigures(await trace.stop(), (script) => script.startsWith(`chrome-extension://${extensionId}/`));
    return { ...seen, longestOursMs: tasks.longestOursMs, oursCpuMs: tasks.oursCpuMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Medians over `runs` loads of `url`, each re-rendered once it had `settleMs` to be drawn. */
export async function benchLivePage(url: string, settleMs: number, runs: number) {
  const loads: LiveFigures[] = [];
  for (let run = 0; run < runs; run++) loads.push(await reRenderOnce(url, settleMs));
  const of = (pick: (figures: LiveFigures) => number) => median(loads.map(pick));
  return {
    paragraphs: PARAGRAPHS,
    withinMs: AFTER_MS,
    chars: of((m) => m.chars),
    removed: of((m) => m.removed),
    // A load whose highlights never came back counts as the slowest: the median must not hide it.
    backMs: of((m) => (Number.isNaN(m.backMs) ? Number.POSITIVE_INFINITY : m.backMs)),
    notBack: loads.filter((m) => Number.isNaN(m.backMs)).length,
    longestOursMs: of((m) => m.longestOursMs),
    oursCpuMs: of((m) => m.oursCpuMs),
  };
}
