/**
 * What the scanner highlights, as ranges of the page's text: each claim found
 * and each quote checked, with the attributes their marks (or painted
 * highlights) carry and the accessible name of the first mark.
 */
import { claimStatus, type Corpus } from '../corpus/corpus.ts';
import type { Messages } from '../i18n/messages.ts';
import type { TextScan } from '../scan-text.ts';
import { claimEmphasis, quoteEmphasis, repeatFlags } from './emphasis.ts';
import { localized } from './localize.ts';
import { quoteView } from './quote-view.ts';
import type { HighlightRange, RangeLook } from './highlight-range.ts';
import { claimLabel, quoteLabel } from './highlight-label.ts';

/** Ranges built between two pauses: each takes a label, and a 1 MB page has thousands. */
const RANGES_PER_STEP = 500;

/**
 * The ranges to highlight for a scan of `text`; claims first, so they win where a quote overlaps them.
 * The marks' accessible names are in the reader's language as it was when the page was read.
 * Built a few hundred at a time, with `pause()` between.
 */
export async function toRanges(
  scan: TextScan,
  corpus: Corpus,
  text: string,
  m: Messages,
  pause: () => Promise<void> | void = () => undefined,
): Promise<HighlightRange[]> {
  const repeats = repeatFlags(scan.claims.map((match) => match.claimId));
  const claimLooks = new Map<string, RangeLook>();
  const ranges: HighlightRange[] = [];
  const count = scan.claims.length + scan.quotes.length;
  // Claims first: a claim inside a quote keeps its own mark, and the quote's mark continues around it.
  for (let at = 0; at < count; at += 1) {
    const quote = at - scan.claims.length;
    const range =
      quote < 0
        ? claimRange(scan.claims[at]!, repeats[at]!, corpus, text, m, claimLooks)
        : quoteRange(scan.quotes[quote]!, quote, corpus, text, m);
    if (range) ranges.push(range);
    if ((at + 1) % RANGES_PER_STEP === 0) await pause();
  }
  return ranges;
}

/**
 * A claim match's range. Its look depends only on the claim, whether it repeats and the page's
 * words, so `looks` keeps each one made: a page repeats its claims in the same words (the 1 MB
 * bench page's 6,420 claim matches have 103 looks), and formatting a label is most of a range's cost.
 */
function claimRange(
  match: TextScan['claims'][number],
  repeat: boolean,
  corpus: Corpus,
  text: string,
  m: Messages,
  looks: Map<string, RangeLook>,
): HighlightRange | null {
  const words = text.slice(match.start, match.end);
  const key = `${match.claimId}\u0000${repeat ? 1 : 0}${words}`;
  let look = looks.get(key);
  if (!look) {
    const claim = corpus.claims.get(match.claimId);
    if (!claim) return null;
    const status = claimStatus(claim);
    look = {
      className: 'counterpoint-claim',
      attributes: {
        'data-claim': claim.id,
        'data-claim-status': status,
        'data-emphasis': claimEmphasis(status, repeat),
        ...(repeat ? { 'data-claim-repeat': '' } : {}),
      },
      label: claimLabel(words, status, localized(claim, 'summary', m.lang), m),
    };
    looks.set(key, look);
  }
  return { start: match.start, end: match.end, ...look };
}

function quoteRange(
  quote: TextScan['quotes'][number],
  index: number,
  corpus: Corpus,
  text: string,
  m: Messages,
): HighlightRange {
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
}
