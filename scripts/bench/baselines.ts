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

/** Milliseconds of one `mark()` per phrase, and of one TreeWalker pass, on a fresh load of `url` each. */
export async function baselines(url: string, phrases: readonly string[]): Promise<{ naiveMs: number; walkMs: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-base-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const walkMs = await page.evaluate(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
      return chars > 0 ? performance.now() - start : NaN;
    });
    await page.addScriptTag({ path: MARK_JS });
    const naiveMs = await page.evaluate((list) => {
      const start = performance.now();
      const Mark = (window as unknown as { Mark: new (el: Element) => { mark(p: string, o: object): void } }).Mark;
      for (const phrase of list) new Mark(document.body).mark(phrase, { separateWordSearch: false });
      return performance.now() - start;
    }, phrases);
    return { naiveMs, walkMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
