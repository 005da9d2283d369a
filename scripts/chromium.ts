/**
 * Launching Chromium with the built extension loaded: shared by `npm start`
 * and the end-to-end tests so that both run the extension the same way.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built extension. */
export const DIST = resolve(import.meta.dirname, '..', 'dist');

/** Chromium from the system (Debian's package); Playwright never downloads its own here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium's own background traffic is refused on a closed network; these flags keep it quiet.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser context with the extension loaded, and the extension's id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/**
 * Launches Chromium on a fresh profile with dist/ (or another unpacked extension with a service worker) loaded.
 * `args` are passed on, e.g. `--lang=kk` for a browser whose language is Kazakh.
 */
export async function launchWithExtension(
  profileDir: string,
  headless: boolean,
  extension = DIST,
  args: readonly string[] = [],
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(`${extension} has no manifest: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS, ...args],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
