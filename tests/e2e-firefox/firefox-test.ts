/**
 * The Firefox specs' `test`: one Firefox with the extension per worker (a launch
 * costs seconds on this machine), handed to each test as `firefox`.
 */
import { test as base } from '@playwright/test';
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
