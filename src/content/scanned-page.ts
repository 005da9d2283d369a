/**
 * One scan of the page, outside the scanner's state: the page's text read
 * and matched in the background, and what is kept of it for the popup's
 * lists and the exports.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import { onceUntilFailure } from '../core/once-until-failure.ts';
import { MAX_PAGE_LANG } from '../core/scan-limits.ts';
import type { PageScanned } from '../core/scan-messages.ts';
import type { TextScan } from '../core/scan-text.ts';
import { scanInBackground } from './background-scan.ts';
import { segmentLengths, textForMatching, type ExtractedText } from './extract-text.ts';
import { pageState } from './page-state.ts';
import type { PageRead } from './reconcile.ts';

/** What the background found in the page's text, and the popup's lists of it. */
export type Found = Pick<PageScanned, 'scan' | 'summary'>;

/** The last scan of the page, kept for the exports. */
export interface ScannedPage {
  /** The story's corpus, loaded into the page only when asked (popovers, exports). */
  corpus(): Promise<Corpus>;
  scan: TextScan;
  extracted: ExtractedText;
  /** Each segment's text length when extracted (highlighting shortens the nodes). */
  lengths: number[];
  checkedAt: string;
}

/**
 * The page's text from `readText` (read in pieces, with pauses), matched by the background
 * (background/scan-service.ts) for the story `packId`; null when stopped or unanswered.
 */
export async function readAndScan(
  packId: string | null,
  readText: (pause: () => Promise<void> | void, signal: AbortSignal) => Promise<ExtractedText | null>,
  pause: () => Promise<void> | void,
  signal: AbortSignal,
): Promise<PageRead<Found> | null> {
  const extracted = await readText(pause, signal);
  if (!extracted) return null;
  // Right after the read's last piece: the page has not run since, so the nodes are as read.
  const lengths = segmentLengths(extracted);
  await pause();
  if (signal.aborted) return null;
  const text = textForMatching(extracted, lengths);
  // The page's lang attribute is the page's to write: only a language tag's worth of it is sent.
  const pageLang = document.documentElement.lang.trim().slice(0, MAX_PAGE_LANG);
  try {
    // A long text goes in parts, with pauses between them (background-scan.ts).
    const found = await scanInBackground({ packId, text, pageLang }, pause, signal);
    if (!found || signal.aborted) return null;
    const { scan, summary, ranges } = found;
    return { extracted, lengths, text, scan: { scan, summary }, ranges };
  } catch (error) {
    // E.g. the extension was updated under the page: it stays as it is, and says why in the console.
    console.warn('Counterpoint: the page could not be scanned', error);
    return null;
  }
}

/**
 * The story's corpus, read into the page only when a popover opens or the findings are
 * exported; once per scan (a failed load is tried again on the next click).
 */
export function storyCorpus(packId: string | null): () => Promise<Corpus> {
  return onceUntilFailure(() => import('./story-corpus.ts').then((module) => module.loadStoryCorpus(packId)));
}

/**
 * The popup's lists (in the page state) and the scan kept for the exports, without the claims
 * that have no mark on the page (each lost to an overlapping highlight); every quote checked is listed.
 */
export function listShown(
  found: Found,
  shown: ReadonlySet<string | undefined>,
  page: Pick<ScannedPage, 'corpus' | 'extracted' | 'lengths'>,
): ScannedPage {
  pageState.claims = found.summary.claims.filter((row) => shown.has(row.id));
  pageState.scannedQuotes = found.summary.quotes;
  const scan = { ...found.scan, claims: found.scan.claims.filter((match) => shown.has(match.claimId)) };
  return { ...page, scan, checkedAt: new Date().toISOString() };
}
