import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The Firefox end-to-end test: Playwright runs it and serves the pages; puppeteer-core drives Firefox.
export default defineConfig({ ...base, testDir: 'tests/e2e-firefox' });
