/**
 * The page's findings for the popup's exports, built on request (never while
 * scanning) from the scanner's last scan: only then is the page's body text
 * walked to place each highlight for the W3C selectors.
 */
import { buildFindings } from '../core/export/build-findings.ts';
import type { PageFindings } from '../core/export/page-findings.ts';
import { loadScanner, pageState } from './page-state.ts';
import { textContentLocator } from './text-positions.ts';

/** The findings of the page as highlighted now; none on a page that is not (or no longer) highlighted. */
export async function pageFindings(): Promise<PageFindings> {
  const page = { url: location.href, title: document.title.trim(), checkedAt: new Date().toISOString() };
  const scanner = pageState.scanner ? await loadScanner() : null;
  // The corpus first (it may take a moment to load), then the scan as it is once it has come:
  // the page may have been read again meanwhile.
  const corpus = await scanner?.scannedPage()?.corpus();
  const scanned = scanner?.scannedPage();
  if (!scanned || !corpus) return { page, story: null, claims: [], quotes: [] };
  return buildFindings({
    page: { ...page, checkedAt: scanned.checkedAt },
    corpus: await scanned.corpus(),
    scan: scanned.scan,
    locate: textContentLocator(document.body, scanned.extracted, scanned.lengths),
  });
}
