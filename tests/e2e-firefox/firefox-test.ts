/**
 * The Firefox specs' `test`: one Firefox with the extension per worker (a launch
 * costs seconds on this machine), handed to each test as `firefox`.
 */
import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/firefox.ts';

export { expect } from '@playwright/test';

/** Playwright's test with a worker-scoped `firefox` fixture. */
export const test = base.extend<object, { firefox: FirefoxWithExtension }>({
  firefox: [
    async ({}, use) => {
      const firefox = await launchFirefoxWithExtension();
      await use(firefox);
      await firefox.browser.close();
    },
    { scope: 'worker' },
  ],
});

/** The claim of the popover that opens in `page` (its dialog inside our shadow root), once it has opened. */
export async function openedPopoverClaim(page: Page): Promise<string | null | undefined> {
  const claim = await page.waitForFunction(
    () =>
      document
        .querySelector('[data-counterpoint="popover"]')
        ?.shadowRoot?.querySelector('[role="dialog"]')
        ?.getAttribute('data-claim'),
    { timeout: 10_000 },
  );
  return (await claim.jsonValue()) as string | null | undefined;
}
