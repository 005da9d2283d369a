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
  const scanned = pageState.scanner ? (await loadScanner()).scannedPage() : null;
  if (!scanned) return { page, story: null, claims: [], quotes: [] };
  return buildFindings({
    page: { ...page, checkedAt: scanned.checkedAt },
    corpus: await scanned.corpus(),
    scan: scanned.scan,
    locate: textContentLocator(document.body, scanned.extracted, scanned.lengths),
  });
}
