/**
 * `npm run screenshots`: the store screenshots, 1280×800 (the size both the
 * Chrome Web Store and addons.mozilla.org take), made from the built extension
 * in Chromium (dist/) and, for addons.mozilla.org, in Firefox (dist-firefox/)
 * on the demo pages. Written to docs/store/screenshots/.
 * The toolbar popup cannot be captured as a real popup from a script, so its
 * shot is the real popup page, rendered for the story tab, laid over that tab
 * where the browser would show it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './chromium.ts';
import { launchFirefoxWithExtension } from './firefox.ts';
import { servePages } from './serve-pages.ts';

const OUTPUT = resolve(import.meta.dirname, '..', 'docs', 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };

async function main(): Promise<void> {
  const server = await servePages(Number(process.env.PAGES_PORT ?? 0));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-shots-'));
  const { context, extensionId } = await launchWithExtension(profile, true);
  mkdirSync(OUTPUT, { recursive: true });
  try {
    await claimPopoverAndReader(context, base);
    await quotePopover(context, base);
    await popupOverPage(context, base, extensionId);
    await inFirefox(base);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  return page;
}

async function save(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // Let the popover settle where it is placed.
  await page.screenshot({ path: join(OUTPUT, name) });
  console.log(`docs/store/screenshots/${name}`);
}

// The government's statement with its central, disputed claim open; then the first statement
// against it, opened with "Read in context" in the reader page.
async function claimPopoverAndReader(context: BrowserContext, base: string): Promise<void> {
  const page = await newPage(context);
  await page.goto(base + 'kazinform.html');
  const mark = page.locator('mark[data-claim="exclusive-access"]').first();
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.click();
  await save(page, '1-claim-popover.png');
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await reader.setViewportSize(SIZE);
  await reader.locator('mark').first().waitFor();
  await reader
    .locator('mark')
    .first()
    .evaluate((mark) => mark.scrollIntoView({ block: 'center' }));
  await save(reader, '4-reader.png');
  await reader.close();
  await page.close();
}

// A quote the page altered, with the words that differ from the source.
async function quotePopover(context: BrowserContext, base: string): Promise<void> {
  const page = await newPage(context);
  await page.goto(base + 'quotes.html');
  const mark = page.locator('mark[data-quote-verdict="variant"][role="button"]').first();
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.click();
  await save(page, '2-quote-check.png');
  await page.close();
}

// The popup for the story tab, drawn where the toolbar popup opens (top right).
async function popupOverPage(context: BrowserContext, base: string, extensionId: string): Promise<void> {
  const story = await newPage(context);
  await story.goto(base + 'zdnet.html');
  await story.locator('mark[data-claim]').first().waitFor();
  const tabId = await context.serviceWorkers()[0]!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  // Chrome shows a popup at its content's width and at most 600 px high, scrolled to the top.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByRole('list', { name: /claims/i }).waitFor();
  const width = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
  await popup.setViewportSize({ width, height: 600 });
  const image = await popup.screenshot();
  await popup.close();
  await story.bringToFront();
  await story.evaluate((png) => {
    const img = document.createElement('img');
    img.src = `data:image/png;base64,${png}`;
    img.alt = '';
    Object.assign(img.style, {
      position: 'fixed',
      top: '8px',
      right: '16px',
      zIndex: '2147483647',
      boxShadow: '0 8px 28px rgba(0,0,0,.35)',
      borderRadius: '8px',
    });
    document.body.append(img);
  }, image.toString('base64'));
  await save(story, '3-popup.png');
  await story.close();
}

// The same claim popover in Firefox, for the AMO listing.
async function inFirefox(base: string): Promise<void> {
  const { browser } = await launchFirefoxWithExtension();
  try {
    const page = await browser.newPage();
    await page.setViewport(SIZE);
    await page.goto(base + 'kazinform.html');
    const mark = await page.waitForSelector('mark[data-claim="exclusive-access"]');
    await mark!.scrollIntoView();
    await page.evaluate(() => window.scrollBy(0, -120));
    await mark!.click();
    await page.waitForFunction(() => document.querySelector('[data-counterpoint="popover"]'));
    await new Promise((done) => setTimeout(done, 300));
    await page.screenshot({ path: join(OUTPUT, 'firefox-1-claim-popover.png') });
    console.log('docs/store/screenshots/firefox-1-claim-popover.png');
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
