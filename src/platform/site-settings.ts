/**
 * The per-site on/off switch, remembered in extension storage. Written with the
 * bare `chrome.storage` API (promise-based in MV3) because the stage-1 script,
 * which runs on every page, reads it and must not pull in the polyfill.
 */

const KEY = 'disabledSites';

async function disabledSites(): Promise<string[]> {
  const stored = await chrome.storage.local.get(KEY);
  const value: unknown = stored[KEY];
  return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [];
}

/** Whether Counterpoint is on for a site (a page's host name). On unless the user turned it off. */
export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).includes(host);
}

/** Turns Counterpoint on or off for a site. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const others = (await disabledSites()).filter((site) => site !== host);
  await chrome.storage.local.set({ [KEY]: enabled ? others : [...others, host] });
}

/** Calls `listener` whenever the switch for `host` changes; returns the unsubscribe function. */
export function onSiteEnabledChange(host: string, listener: (enabled: boolean) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    const was = Array.isArray(change.oldValue) && change.oldValue.includes(host);
    const is = Array.isArray(change.newValue) && change.newValue.includes(host);
    if (was !== is) listener(!is);
  };
  chrome.storage.onChanged.addListener(handle);
  return () => chrome.storage.onChanged.removeListener(handle);
}
