/**
 * Playwright fixtures that load the built extension (dist/) into Chromium: a
 * fresh persistent context per test, the extension's id and service worker,
 * and helpers to reach the fixture pages and the popup.
 */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES_PORT } from '../../playwright.config.ts';
import { launchWithExtension } from '../../scripts/chromium.ts';
import { askPageScript } from '../support/ask-page.ts';

/** URL of a fixture page. */
export function pageUrl(name: string): string {
  return `http://127.0.0.1:${PAGES_PORT}/${name}`;
}

export const test = base.extend<{
  /** Extra Chromium flags, e.g. `test.use({ browserArgs: ['--lang=kk'] })` for a Kazakh browser. */
  browserArgs: string[];
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}>({
  browserArgs: [[], { option: true }],
  context: async ({ browserArgs }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'counterpoint-e2e-'));
    const { context } = await launchWithExtension(profile, true, undefined, browserArgs);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect } from '@playwright/test';

/** Opens a fixture page in a new tab. */
export async function openArticle(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(pageUrl(name));
  return page;
}

/** Opens the popup as a tab pointed at `tabPage`'s tab through the `?tab=` test seam. */
export async function openPopupFor(context: BrowserContext, serviceWorker: Worker, extensionId: string, tabPage: Page) {
  // Without the `tabs` permission tabs carry no URL, so the page is found as the active tab.
  await tabPage.bringToFront();
  const tabId = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error('no active tab');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  return { popup, tabId };
}

/** Asks a tab's content script one protocol question as the popup and the background do (ask-page.ts). */
export async function askPage(serviceWorker: Worker, tabId: number, method: string, payload: unknown = {}) {
  return serviceWorker.evaluate(askPageScript(String(tabId), method, payload)) as Promise<unknown>;
}
