import { defineConfig } from '@playwright/test';

/**
 * Port the fixture pages are served on during end-to-end tests. Overridable so that two
 * checkouts can run their suites at once without one reusing the other's page server.
 */
export const PAGES_PORT = Number(process.env.PAGES_PORT ?? 4179);

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
