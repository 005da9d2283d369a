/**
 * Reads a page the way the scanner does (extract, match) and turns its claims
 * into highlight ranges: the `read` step of the reconciler, for its unit and
 * fuzz tests, without the scanner's browser-only parts (quotes' labels, the
 * reader's language, yielding).
 */
import type { Corpus } from '../../src/core/corpus/corpus.ts';
import { scanText } from '../../src/core/scan-text.ts';
import { extractText, segmentLengths, textForMatching, type ExtractOptions } from '../../src/content/extract-text.ts';
import type { HighlightRange } from '../../src/content/highlight.ts';

/** The page's text, its claims, and one range per claim carrying `data-claim`. */
export function readClaims(root: Element, corpus: Corpus, className: string, options: ExtractOptions = {}) {
  const extracted = extractText(root, options);
  const lengths = segmentLengths(extracted);
  const text = textForMatching(extracted, lengths);
  const scan = scanText(text, corpus);
  const ranges: HighlightRange[] = scan.claims.map((match) => ({
    start: match.start,
    end: match.end,
    className,
    attributes: { 'data-claim': match.claimId },
    label: match.claimId,
  }));
  return { extracted, lengths, text, scan, ranges };
}
