/**
 * `npm run screenshots`: the README's pictures, taken from the real, freshly
 * built extension in headless Chromium on the Kazinform demo page. The mode
 * is switched with the popup's own control, as a reader would.
 *
 *   docs/screenshot.png      the default mode (contested only), a claim's popover open
 *   docs/screenshot-all.png  the same view in "all claims"
 *   docs/popup.png           the popup as it opens, legend unfolded
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './chromium.ts';
import { servePages } from './serve-pages.ts';

// Port 0: any free port, so the script never collides with another page server.
const DOCS = resolve(import.meta.dirname, '..', 'docs');

async function main(): Promise<void> {
  const server = await servePages(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-shots-'));
  const { context, extensionId } = await launchWithExtension(profile, true);
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/kazinform.html`);
    await showPopover(page);
    await shoot(page, 'screenshot.png');

    const popup = await openPopup(context, extensionId, page);
    await popup.getByText('What the marks mean').click();
    await popup.screenshot({ path: join(DOCS, 'popup.png') }); // What fits in Chrome's popup, at most 600 px tall.
    console.log('docs/popup.png');
    await popup
      .getByRole('group', { name: /^Highlights on/ })
      .getByText('All claims')
      .click();
    await page.bringToFront();
    await page.waitForFunction(() => {
      const supported = document.querySelector('mark[data-claim-status="supported"]');
      return supported !== null && getComputedStyle(supported).borderBottomWidth === '2px';
    });
    await showPopover(page);
    await shoot(page, 'screenshot-all.png');
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// The government's own statement, with its disputed central claim open.
async function showPopover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const mark = page.locator('mark[data-claim="exclusive-access"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  await page.getByRole('dialog').waitFor();
  await page.mouse.move(0, 0); // No hover effects in the picture.
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DOCS, name) });
  console.log(`docs/${name}`);
}

// The popup as a tab pointed at the page's tab (the popup's documented `?tab=` seam).
async function openPopup(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByRole('group', { name: /^Highlights on/ }).waitFor();
  return popup;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
