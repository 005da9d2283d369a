/**
 * Opens the popover for a highlight when the reader clicks it or presses Enter
 * or Space on it. One delegated listener pair for the whole page, removed by
 * `destroy()`. An open popover follows the reader's language as it changes.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { citationActions } from './citation-actions.ts';
import { claimView } from '../core/view/claim-view.ts';
import { quoteView } from '../core/view/quote-view.ts';
import { watchReaderLanguage } from '../platform/ui-language.ts';
import { ClaimPopover } from '../ui/ClaimPopover.tsx';
import { Localized } from '../ui/i18n.tsx';
import { QuotePopover } from '../ui/QuotePopover.tsx';
import { openPassage, openStatement } from './open-source.ts';
import { createPopoverHost, type PopoverHost } from './popover-host.ts';
import { HIGHLIGHT_SELECTOR } from './ui-marker.ts';

/** The listeners and popover host behind the page's highlights. */
export interface PopoverWiring {
  /** A popover is open (the reader is reading it). */
  isOpen(): boolean;
  destroy(): void;
}

/** How the wiring behaves. */
export interface PopoverOptions {
  /** Whether a click on a highlight opens its popover now (Enter on a focused one always does). */
  opensOnClick?(): boolean;
}

/** Wires every highlight in `doc` to its popover. */
export function attachPopovers(
  doc: Document,
  corpus: Corpus,
  scan: TextScan,
  options: PopoverOptions = {},
): PopoverWiring {
  let host: PopoverHost | null = null;
  const language = watchReaderLanguage();
  const citations = citationActions(corpus);
  const open = (mark: HTMLElement) => {
    host ??= createPopoverHost(doc);
    const close = () => host?.hide();
    const claimId = mark.dataset.claim;
    if (claimId) {
      if (!corpus.claims.has(claimId)) return;
      const claim = (lang: ReaderLanguage) => {
        const view = claimView(corpus, claimId, lang);
        return (
          view && (
            <ClaimPopover view={view} onOpenSource={openStatement(claimId)} onClose={close} citations={citations} />
          )
        );
      };
      host.show(mark, <Localized language={language} render={claim} />);
      return;
    }
    const quote = scan.quotes[Number(mark.dataset.quoteIndex)];
    if (!quote) return;
    const check = (lang: ReaderLanguage) => {
      const view = quoteView(corpus, quote.text, quote.check, quote.speakerId, lang);
      return <QuotePopover view={view} onOpenSource={openPassage(view)} onClose={close} citations={citations} />;
    };
    host.show(mark, <Localized language={language} render={check} />);
  };

  const onClick = (event: MouseEvent) => {
    const mark = highlightAt(event.target);
    if (!mark || options.opensOnClick?.() === false) return;
    event.preventDefault(); // A highlight inside a link opens the popover, not the link.
    open(mark);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = highlightAt(event.target);
    if (!mark) return;
    event.preventDefault();
    open(mark);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return {
    isOpen: () => host?.isOpen() ?? false,
    destroy() {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      host?.destroy();
      host = null;
    },
  };
}

function highlightAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(HIGHLIGHT_SELECTOR);
}
