/**
 * The highlight mode (contested only / all claims / none in the page), per
 * site and as a default, remembered in extension storage next to the site
 * switch (site-settings.ts) and written the same way, with bare
 * `chrome.storage`. Only the scanner, the popup and the options page read it,
 * never stage 1.
 */
import {
  DEFAULT_EMPHASIS_MODE,
  modeForSite,
  parseEmphasisMode,
  withSiteMode,
  type EmphasisMode,
} from '../core/view/emphasis.ts';

/** Storage keys: the per-site choices ({ host: mode }) and the reader's default. */
const SITES_KEY = 'emphasisSites';
const DEFAULT_KEY = 'emphasisDefault';

async function stored() {
  const values = await chrome.storage.local.get([SITES_KEY, DEFAULT_KEY]);
  return { sites: values[SITES_KEY], defaultMode: values[DEFAULT_KEY] };
}

/** The mode in force for a site: its own choice, else the default. */
export async function getSiteEmphasis(host: string): Promise<EmphasisMode> {
  return modeForSite(await stored(), host);
}

/** The reader's default mode (the built-in default until they pick one). */
export async function getDefaultEmphasis(): Promise<EmphasisMode> {
  return parseEmphasisMode((await stored()).defaultMode) ?? DEFAULT_EMPHASIS_MODE;
}

/** Sets a site's mode; choosing the default forgets the site's own choice. */
export async function setSiteEmphasis(host: string, mode: EmphasisMode): Promise<void> {
  const { sites, defaultMode } = await stored();
  const fallback = parseEmphasisMode(defaultMode) ?? DEFAULT_EMPHASIS_MODE;
  await chrome.storage.local.set({ [SITES_KEY]: withSiteMode(sites, host, mode, fallback) });
}

/** Sets the default mode, which every site without its own choice follows. */
export async function setDefaultEmphasis(mode: EmphasisMode): Promise<void> {
  await chrome.storage.local.set({ [DEFAULT_KEY]: mode });
}

/**
 * Calls `listener` with the site's mode whenever a stored choice or the
 * default changes (in any tab or extension page); returns the unsubscribe function.
 */
export function onSiteEmphasisChange(host: string, listener: (mode: EmphasisMode) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SITES_KEY in changes || DEFAULT_KEY in changes)) return;
    void getSiteEmphasis(host).then(listener);
  };
  chrome.storage.onChanged.addListener(handle);
  return () => chrome.storage.onChanged.removeListener(handle);
}
