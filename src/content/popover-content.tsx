/**
 * What a highlight's popover shows, rendered with Preact into the popover
 * host. Loaded on the first click (or Enter) on a highlight, not with the
 * scan: a reader who never opens a popover never pays for Preact, the
 * diff views or the host.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import { claimView } from '../core/view/claim-view.ts';
import { quoteView } from '../core/view/quote-view.ts';
import { ClaimPopover } from '../ui/ClaimPopover.tsx';
import { QuotePopover } from '../ui/QuotePopover.tsx';
import { citationActions } from './citation-actions.ts';
import { openPassage, openStatement } from './open-source.ts';
import { createPopoverHost, type PopoverHost } from './popover-host.ts';

/** Shows the popover of `mark` in `host` (created on first use) and returns the host. */
export function openPopover(
  host: PopoverHost | null,
  doc: Document,
  mark: HTMLElement,
  corpus: Corpus,
  scan: TextScan,
): PopoverHost {
  const shown = host ?? createPopoverHost(doc);
  const close = () => shown.hide();
  const citations = citationActions(corpus);
  const claimId = mark.dataset.claim;
  if (claimId) {
    const view = claimView(corpus, claimId);
    if (view) {
      shown.show(
        mark,
        <ClaimPopover view={view} onOpenSource={openStatement(claimId)} onClose={close} citations={citations} />,
      );
    }
    return shown;
  }
  const quote = scan.quotes[Number(mark.dataset.quoteIndex)];
  if (!quote) return shown;
  const view = quoteView(corpus, quote.text, quote.check, quote.speakerId);
  shown.show(mark, <QuotePopover view={view} onOpenSource={openPassage(view)} onClose={close} citations={citations} />);
  return shown;
}
