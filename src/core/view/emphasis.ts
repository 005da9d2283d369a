/**
 * How loudly each highlight speaks. The reader picks a mode (contested only,
 * all claims, none in the page); each mark gets an emphasis that does not
 * depend on the mode (notable or quiet), so switching modes only swaps the
 * stylesheet and never re-scans the page.
 */
import type { ClaimStatus } from '../corpus/corpus.ts';
import type { QuoteVerdict } from '../quotes/check-quote.ts';

/** What the page shows: only what to question, every claim and quote, or nothing. */
export type EmphasisMode = 'contested' | 'all' | 'none';

/** Every mode, in the order the UI offers them. */
export const EMPHASIS_MODES: readonly EmphasisMode[] = ['contested', 'all', 'none'];

/** The mode of a site nobody chose one for, until the reader sets another default. */
export const DEFAULT_EMPHASIS_MODE: EmphasisMode = 'contested';

/** A highlight's weight: notable ones stand out in the default mode, quiet ones do not. */
export type Emphasis = 'notable' | 'quiet';

/** The mode a stored value names, or null for anything else (stored by an older or newer version). */
export function parseEmphasisMode(value: unknown): EmphasisMode | null {
  return EMPHASIS_MODES.find((mode) => mode === value) ?? null;
}

/**
 * A claim is notable where it first appears when the sources disagree about
 * it (disputed) or deny it (contradicted); supported and context claims, and
 * every later mention of any claim, are quiet.
 */
export function claimEmphasis(status: ClaimStatus, repeat: boolean): Emphasis {
  if (repeat) return 'quiet';
  return status === 'disputed' || status === 'contradicted' ? 'notable' : 'quiet';
}

/** A quote is notable when it is altered, found nowhere, or credited to the wrong person; verbatim is quiet. */
export function quoteEmphasis(verdict: QuoteVerdict, misattributed: boolean): Emphasis {
  // A translation cannot be compared word for word: nothing is known to be wrong with it.
  return verdict === 'variant' || verdict === 'not-found' || misattributed ? 'notable' : 'quiet';
}

/**
 * For each claim match in page order, whether it repeats a claim already seen
 * earlier on the page.
 */
export function repeatFlags(claimIds: readonly string[]): boolean[] {
  const seen = new Set<string>();
  return claimIds.map((id) => {
    const repeat = seen.has(id);
    seen.add(id);
    return repeat;
  });
}

/** The stored per-site choices and default, as read from storage (anything may be there). */
export interface StoredEmphasis {
  sites: unknown;
  defaultMode: unknown;
}

/** The mode for a site: its own choice if valid, else the reader's default if valid, else the built-in default. */
export function modeForSite(stored: StoredEmphasis, host: string): EmphasisMode {
  const sites = siteModes(stored.sites);
  return sites[host] ?? parseEmphasisMode(stored.defaultMode) ?? DEFAULT_EMPHASIS_MODE;
}

/** The valid per-site choices in a stored value; anything malformed is dropped. */
export function siteModes(value: unknown): Record<string, EmphasisMode> {
  const modes: Record<string, EmphasisMode> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return modes;
  for (const [host, stored] of Object.entries(value)) {
    const mode = parseEmphasisMode(stored);
    if (mode) modes[host] = mode;
  }
  return modes;
}

/**
 * The per-site choices after the reader picks `mode` for `host`: picking the
 * default forgets the site's own choice, so the site follows later changes of
 * the default.
 */
export function withSiteMode(
  sites: unknown,
  host: string,
  mode: EmphasisMode,
  defaultMode: EmphasisMode,
): Record<string, EmphasisMode> {
  const { [host]: _previous, ...others } = siteModes(sites);
  return mode === defaultMode ? others : { ...others, [host]: mode };
}
