/**
 * `npm start`: serves the demo pages and opens Chromium with the freshly built
 * extension. With a display you get a browser window to read in; without one
 * it runs headless, prints what Counterpoint found on each demo page and saves
 * a screenshot of an open popover.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from './chromium.ts';
import { servePages } from './serve-pages.ts';

const PORT = Number(process.env.PORT ?? 4173);
const DEMO_PAGES = [
  'zdnet.html',
  'kazinform.html',
  'meta-denial.html',
  'globe-reuters.html',
  'diplomat.html',
  'ru-story.html',
  'quotes.html',
  'vietnam.html',
];
const OUTPUT = resolve(import.meta.dirname, '..', 'demo-output');

async function main(): Promise<void> {
  const server = await servePages(PORT);
  const base = `http://127.0.0.1:${PORT}/`;
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-demo-'));
  const { context } = await launchWithExtension(profile, headless);
  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    console.log(`Chromium is open on ${base} with Counterpoint loaded. Close the window to stop.`);
    await new Promise((done) => context.on('close', done));
  } else {
    console.log(`No display: running headless on ${base}\n`);
    await reportPages(context, base);
    await context.close();
  }
  server.close();
}

async function reportPages(context: BrowserContext, base: string): Promise<void> {
  for (const name of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(base + name);
    await page.waitForSelector('mark[data-claim], mark[data-quote-verdict]', { timeout: 4000 }).catch(() => null);
    const found = await page.evaluate(() => ({
      claims: [
        ...new Set([...document.querySelectorAll<HTMLElement>('mark[data-claim]')].map((mark) => mark.dataset.claim)),
      ],
      quotes: [...document.querySelectorAll<HTMLElement>('mark[data-quote-verdict]')].map(
        (mark) => mark.dataset.quoteVerdict,
      ),
    }));
    const summary =
      found.claims.length === 0 && found.quotes.length === 0
        ? 'nothing (not about the story)'
        : `${found.claims.length} claim(s): ${found.claims.join(', ')}`;
    console.log(
      `${name.padEnd(20)} ${summary}${found.quotes.length > 0 ? `; quotes: ${found.quotes.join(', ')}` : ''}`,
    );
    await page.close();
  }
  const page = await context.newPage();
  // The government's own statement, with its disputed central claim open.
  await page.goto(base + 'kazinform.html');
  const mark = page.locator('mark[data-claim="exclusive-access"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  await page.waitForTimeout(300);
  mkdirSync(OUTPUT, { recursive: true });
  const shot = join(OUTPUT, 'popover.png');
  await page.screenshot({ path: shot });
  console.log(`\nScreenshot of an open popover: ${shot}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
