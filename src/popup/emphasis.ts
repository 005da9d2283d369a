/**
 * The popup's side of the highlight mode: what is stored for the site and the
 * default, and the action that stores a new choice (the page restyles itself
 * from the storage change event).
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { browser } from '../platform/browser.ts';
import { getDefaultEmphasis, getSiteEmphasis, setSiteEmphasis } from '../platform/emphasis-settings.ts';
import type { PopupEmphasisProps } from '../ui/PopupEmphasis.tsx';

/**
 * The emphasis section's data for `host`; `refresh` re-renders the popup after a change is stored,
 * `failed` after a change could not be stored.
 */
export async function emphasisFor(
  host: string,
  refresh: () => unknown,
  failed: (error: unknown) => void,
): Promise<Omit<PopupEmphasisProps, 'host'>> {
  const [mode, defaultMode] = await Promise.all([getSiteEmphasis(host), getDefaultEmphasis()]);
  return {
    mode,
    defaultMode,
    onChange: (next: EmphasisMode) => void setSiteEmphasis(host, next).then(refresh, failed),
    onOpenDefault: () => void browser.runtime.openOptionsPage(),
  };
}
