/**
 * "Read in context" from a popover: asks the background to open the reader
 * page on a source document, with what to highlight in it.
 */
import type { QuoteView } from '../core/view/quote-view.ts';
import { sendToBackground } from './background-port.ts';

/** Opens a statement's document with the statement highlighted, shown as it bears on `claimId`. */
export function openStatement(claimId: string): (documentId: string, statementId: string) => void {
  return (documentId, statementId) => void sendToBackground('openSource', { documentId, statementId, claimId });
}

/** Opens a checked quote's source document with the matched passage highlighted. */
export function openPassage(view: QuoteView): (documentId: string) => void {
  return (documentId) => {
    const source = view.sources.find((candidate) => candidate.documentId === documentId);
    const range = source ? { start: source.start, end: source.end } : undefined;
    void sendToBackground('openSource', range ? { documentId, range } : { documentId });
  };
}
