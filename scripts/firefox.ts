/**
 * Launching Debian's Firefox (firefox-esr) with the Firefox build of the
 * extension installed as a temporary add-on. Playwright's Firefox cannot load
 * extensions, so puppeteer-core drives it over WebDriver BiDi, headless.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID, OUT_DIR } from './build/browser-manifest.ts';

/** The Firefox build of the extension. */
export const DIST_FIREFOX = resolve(import.meta.dirname, '..', OUT_DIR.firefox);

/** Firefox from the system (Debian's firefox-esr); override with FIREFOX_PATH. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The extension's internal UUID, fixed through a pref: Firefox otherwise picks a
 * random one per install, and the tests need to know moz-extension://<uuid>/.
 */
export const EXTENSION_UUID = '5b1f3c2e-8d0a-4c57-9e3b-6a2d4f1c7e90';

/** A Firefox with the extension installed, and the base URL of its pages. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/`. */
  extensionBase: string;
}

/** Launches headless Firefox on a fresh profile and installs dist-firefox/ as a temporary add-on. */
export async function launchFirefoxWithExtension(extension = DIST_FIREFOX): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(`${extension} has no manifest: run \`npm run build:firefox\` first`);
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the tests open moz-extension:// pages (the popup) over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A closed network: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, extensionBase: `moz-extension://${EXTENSION_UUID}/` };
}
