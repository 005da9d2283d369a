/**
 * The one manifest.json, adapted at build time to the browser it is built for.
 * The source manifest is Chrome's; Firefox gets an event-page background, its
 * add-on id and minimum version, and the data-collection declaration its store
 * requires. The version always comes from package.json, so it is set in one place.
 */

/** The browsers Counterpoint is built for; `TARGET_BROWSER=firefox vite build` selects Firefox. */
export type BrowserTarget = 'chrome' | 'firefox';

/** Firefox add-on id: stable across versions, since storage and updates are keyed by it. */
export const GECKO_ID = 'counterpoint@counterpoint-extension.org';

/**
 * The oldest desktop Firefox that reads `data_collection_permissions`, which AMO now
 * requires: 140, so that Firefox ESR 140 users can install it. Firefox for Android
 * reads the declaration from 142 on, so it gets its own minimum.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** The oldest Firefox for Android that reads `data_collection_permissions`. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The folder each browser's build goes to. */
export const OUT_DIR: Record<BrowserTarget, string> = { chrome: 'dist', firefox: 'dist-firefox' };

/** A manifest's background, in either browser's shape (Chrome's service worker, Firefox's scripts). */
export type Background = { service_worker?: string; scripts?: string[]; type?: string };

type Manifest = Record<string, unknown> & { background?: Background };

/** The browser the TARGET_BROWSER environment variable names: Chrome when unset; anything unknown is an error. */
export function targetBrowser(name: string | undefined): BrowserTarget {
  if (name === undefined || name === '' || name === 'chrome') return 'chrome';
  if (name === 'firefox') return 'firefox';
  throw new Error(`TARGET_BROWSER=${name}: expected chrome or firefox`);
}

/** The source manifest with the package version, adapted to `target`. */
export function browserManifest(source: Manifest, version: string, target: BrowserTarget): Manifest {
  const manifest: Manifest = { ...source, version };
  if (target === 'chrome') return manifest;
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is missing');
  const { minimum_chrome_version: _chromeOnly, ...firefox } = manifest;
  return {
    ...firefox,
    // Firefox runs MV3 backgrounds as event pages (background.scripts), not service workers.
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing leaves the browser (see PRIVACY.md).
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
