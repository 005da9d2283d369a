/**
 * "Read in context" from a popover: asks the background to open the reader
 * page on a source document, with what to highlight in it. A tab opens only
 * right after the reader's own click or key press (user-activation.ts); the
 * click itself is already known to be trusted (drop-untrusted.ts).
 */
import type { QuoteView } from '../core/view/quote-view.ts';
import { sendToBackground } from './background-port.ts';
import { readerJustActed } from './user-activation.ts';

/** Opens a statement's document with the statement highlighted, shown as it bears on `claimId`. */
export function openStatement(claimId: string): (documentId: string, statementId: string) => void {
  return (documentId, statementId) => {
    if (readerJustActed()) void sendToBackground('openSource', { documentId, statementId, claimId });
  };
}

/** Opens a checked quote's source document with the matched passage highlighted. */
export function openPassage(view: QuoteView): (documentId: string) => void {
  return (documentId) => {
    if (!readerJustActed()) return;
    const source = view.sources.find((candidate) => candidate.documentId === documentId);
    const range = source ? { start: source.start, end: source.end } : undefined;
    void sendToBackground('openSource', range ? { documentId, range } : { documentId });
  };
}
