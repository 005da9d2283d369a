/**
 * A last guard on tab opening in the background. A web page cannot message
 * the background at all (the manifest has no `externally_connectable`), so
 * every "open this source" request comes from our own content script, which
 * sends it only for a trusted click with user activation. What the background
 * can still enforce is a rate: at most one reader tab per tab per second, so
 * neither a double click nor a bug in a page's content script opens a stream of tabs.
 */

/** Shortest time between two reader tabs opened from one tab. */
export const OPEN_INTERVAL_MS = 1000;

/** A per-tab limiter: `allow(tabId)` is true at most once per interval for each tab. */
export function createOpenLimit(intervalMs = OPEN_INTERVAL_MS, now: () => number = Date.now) {
  const last = new Map<number, number>();
  return {
    /** True (and counted) when `tabId` may open a reader tab now. */
    allow(tabId: number): boolean {
      const at = now();
      const previous = last.get(tabId);
      if (previous !== undefined && at - previous < intervalMs) return false;
      last.set(tabId, at);
      return true;
    },
  };
}
