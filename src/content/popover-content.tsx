/**
 * What a highlight's popover shows, rendered with Preact into the popover
 * host, in the reader's language, following it while open. Loaded on the
 * first click (or Enter) on a highlight, not with the scan: a reader who never
 * opens a popover never pays for Preact, the diff views, the catalogues or the host.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import { claimView } from '../core/view/claim-view.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { quoteView } from '../core/view/quote-view.ts';
import { watchReaderLanguage } from '../platform/ui-language.ts';
import { ClaimPopover } from '../ui/ClaimPopover.tsx';
import { Localized } from '../ui/i18n.tsx';
import { QuotePopover } from '../ui/QuotePopover.tsx';
import { citationActions } from './citation-actions.ts';
import { openPassage, openStatement } from './open-source.ts';
import { ourMarkData } from './our-marks.ts';
import { createPopoverHost, type PopoverAnchor, type PopoverHost } from './popover-host.ts';

const language = watchReaderLanguage();

/** Settles once the stored language choice has been read (open popovers only after it). */
export const languageRead: Promise<void> = language.ready;

/** A highlight with no mark of its own (painted): where it is, and what its mark would carry. */
export interface PaintedSubject {
  anchor: PopoverAnchor;
  dataset: { claim?: string; quoteIndex?: string };
}

/** Shows the popover of `subject` (a mark or a painted highlight) in `host` (created on first use) and returns the host. */
export function openPopover(
  host: PopoverHost | null,
  doc: Document,
  subject: HTMLElement | PaintedSubject,
  corpus: Corpus,
  scan: TextScan,
): PopoverHost {
  const shown = host ?? createPopoverHost(doc);
  const mark = 'nodeType' in subject ? madeSubject(subject) : subject;
  if (!mark) return shown;
  const close = () => shown.hide();
  const citations = citationActions(corpus);
  const claimId = mark.dataset.claim;
  if (claimId) {
    if (!corpus.claims.has(claimId)) return shown;
    const claim = (lang: ReaderLanguage) => {
      const view = claimView(corpus, claimId, lang);
      return (
        view && <ClaimPopover view={view} onOpenSource={openStatement(claimId)} onClose={close} citations={citations} />
      );
    };
    shown.show(mark.anchor, <Localized language={language} render={claim} />);
    return shown;
  }
  const quote = scan.quotes[Number(mark.dataset.quoteIndex)];
  if (!quote) return shown;
  const check = (lang: ReaderLanguage) => {
    const view = quoteView(corpus, quote.text, quote.check, quote.speakerId, lang);
    return <QuotePopover view={view} onOpenSource={openPassage(view)} onClose={close} citations={citations} />;
  };
  shown.show(mark.anchor, <Localized language={language} render={check} />);
  return shown;
}

// What a mark stands for, read as we made it (a page may rewrite its attributes); null if not ours.
function madeSubject(mark: HTMLElement): PaintedSubject | null {
  const made = ourMarkData(mark);
  return made ? { anchor: mark, dataset: { claim: made['data-claim'], quoteIndex: made['data-quote-index'] } } : null;
}
