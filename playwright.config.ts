import { defineConfig } from '@playwright/test';

/** Port the fixture pages are served on during end-to-end tests. */
export const PAGES_PORT = 4179;

// Each test launches Chromium with the built extension; two cores allow one at a time.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  retries: process.env.CI ? 1 : 0,
  use: { trace: 'off' },
  webServer: {
    command: `npx tsx scripts/serve-pages.ts ${PAGES_PORT}`,
    url: `http://127.0.0.1:${PAGES_PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
