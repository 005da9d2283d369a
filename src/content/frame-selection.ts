/**
 * Which frame answers a quote check. The background asks only the frames that
 * hold a selection (background/selection-frames.ts); where several answer, the
 * first wins, so a content script still answers only where the reader has
 * selected text.
 */

/** The one message a frame's content script answers. */
export const CHECK_SELECTION = 'checkSelection';

/** True when `message` is a quote check. */
export function isQuoteCheck(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { method?: unknown }).method === CHECK_SELECTION
  );
}

/** True when this document has a non-empty selection to check. */
export function hasSelectedText(doc: Document = document): boolean {
  return (doc.getSelection()?.toString().trim() ?? '') !== '';
}
