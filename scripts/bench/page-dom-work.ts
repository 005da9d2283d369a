/**
 * What our highlights cost the page's own scripts once they are drawn: the
 * page adds and removes paragraphs (a live blog, a framework's re-render)
 * after Counterpoint has painted the 1 MB page, timed in the page's own world,
 * beside the same page with the empty content script. A document updates
 * every live Range it holds on each change to its nodes; our painted
 * highlights hold none (content/text-span.ts), and this shows it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension } from '../chromium.ts';
import { median } from './median.ts';

// Paragraphs the page adds and removes again, one at a time.
const CHANGES = 200;

/** Milliseconds the page takes to add and remove CHANGES paragraphs, `settleMs` after loading `url` with `extension`. */
export async function pageDomWorkMs(url: string, extension: string, settleMs: number): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-dom-'));
  const { context } = await launchWithExtension(profile, true, extension);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    return await page.evaluate((changes) => {
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
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Alternating loads with the empty content script and with Counterpoint; the medians. */
export async function benchPageDomWork(
  url: string,
  empty: string,
  settleMs: number,
  runs: number,
): Promise<{ emptyMs: number; oursMs: number; changes: number }> {
  const bare: number[] = [];
  const ours: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(await pageDomWorkMs(url, empty, settleMs));
    ours.push(await pageDomWorkMs(url, DIST, settleMs));
  }
  return { emptyMs: median(bare), oursMs: median(ours), changes: CHANGES };
}
