/**
 * What the scanner highlights, as ranges of the page's text: each claim found
 * and each quote checked, with the attributes their marks (or painted
 * highlights) carry and the accessible name of the first mark.
 */
import { claimStatus, type Corpus } from '../core/corpus/corpus.ts';
import type { Messages } from '../core/i18n/messages.ts';
import type { TextScan } from '../core/scan-text.ts';
import { claimEmphasis, quoteEmphasis, repeatFlags } from '../core/view/emphasis.ts';
import { localized } from '../core/view/localize.ts';
import { quoteView } from '../core/view/quote-view.ts';
import type { HighlightRange } from './highlight.ts';
import { claimLabel, quoteLabel } from './highlight-label.ts';

/**
 * The ranges to highlight for a scan of `text`; claims first, so they win where a quote overlaps them.
 * The marks' accessible names are in the reader's language as it was when the page was read.
 */
export function toRanges(scan: TextScan, corpus: Corpus, text: string, m: Messages): HighlightRange[] {
  const repeats = repeatFlags(scan.claims.map((match) => match.claimId));
  const claims = scan.claims.flatMap((match, index) => {
    const claim = corpus.claims.get(match.claimId);
    if (!claim) return [];
    const status = claimStatus(claim);
    return [
      {
        start: match.start,
        end: match.end,
        className: 'counterpoint-claim',
        attributes: {
          'data-claim': claim.id,
          'data-claim-status': status,
          'data-emphasis': claimEmphasis(status, repeats[index]!),
          ...(repeats[index] ? { 'data-claim-repeat': '' } : {}),
        },
        label: claimLabel(text.slice(match.start, match.end), status, localized(claim, 'summary', m.lang), m),
      },
    ];
  });
  const quotes = scan.quotes.map((quote, index) => {
    const misattributed = quoteView(corpus, quote.text, quote.check, quote.speakerId).misattributed !== undefined;
    const verdict = quote.check.verdict;
    return {
      start: quote.start,
      end: quote.end,
      className: 'counterpoint-quote',
      attributes: {
        'data-quote-verdict': verdict,
        'data-quote-index': String(index),
        'data-emphasis': quoteEmphasis(verdict, misattributed),
        ...(misattributed ? { 'data-quote-misattributed': '' } : {}),
      },
      label: quoteLabel(text.slice(quote.start, quote.end), verdict, misattributed, m),
    };
  });
  // Claims first: a claim inside a quote keeps its own mark, and the quote's mark continues around it.
  return [...claims, ...quotes];
}
