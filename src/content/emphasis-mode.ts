/**
 * Keeps the page's highlights in the site's highlight mode, and in step with
 * it when the reader changes it in the popup or the options page (storage
 * change events reach every open tab). The mode outlives re-scans: a page that
 * grows is read again and its new marks come up in the same mode.
 *
 * "None in the page" keeps the marks (so the popup can still jump to a claim
 * and Enter still opens its popover there) but takes them out of the tab
 * order: a reader who asked for a plain page should not tab through invisible
 * stops. The scanner also stops clicks from opening popovers in that mode.
 */
import { DEFAULT_EMPHASIS_MODE, type EmphasisMode } from '../core/view/emphasis.ts';
import { getSiteEmphasis, onSiteEmphasisChange } from '../platform/emphasis-settings.ts';
import type { PageStyle } from './page-style.ts';

let current: EmphasisMode = DEFAULT_EMPHASIS_MODE;
let following: { unsubscribe(): void; read: Promise<void> } | null = null;
let shown: { style: PageStyle; marks: readonly HTMLElement[] } | null = null;

/** Starts following the site's stored mode (once per page); resolves with the mode in force. */
export async function followSiteMode(host: string): Promise<EmphasisMode> {
  if (!following) {
    // Listen first, then read: a change that lands while we read is not lost (the
    // listener's own read is answered after ours, so the newer mode wins).
    const unsubscribe = onSiteEmphasisChange(host, setMode);
    const read = getSiteEmphasis(host).then(setMode, () => undefined);
    following = { unsubscribe, read };
  }
  await following.read;
  return current;
}

/** The mode in force now. */
export function currentMode(): EmphasisMode {
  return current;
}

/** Puts these marks and this stylesheet in the current mode and keeps them there; null forgets them. */
export function showInMode(target: { style: PageStyle; marks: readonly HTMLElement[] } | null): void {
  shown = target;
  apply();
}

/** Stops following the stored mode (Counterpoint switched off for the site). */
export function stopFollowing(): void {
  following?.unsubscribe();
  following = null;
  shown = null;
}

function setMode(mode: EmphasisMode): void {
  current = mode;
  apply();
}

function apply(): void {
  if (!shown) return;
  shown.style.setMode(current);
  // Only the first mark of each highlight is a tab stop (highlight.ts); the others have no tabindex.
  const tabIndex = current === 'none' ? '-1' : '0';
  for (const mark of shown.marks) {
    if (mark.hasAttribute('tabindex') && mark.getAttribute('tabindex') !== tabIndex)
      mark.setAttribute('tabindex', tabIndex);
  }
}
