/**
 * Which frame answers a quote check. With a content script in every frame, a
 * message sent to a whole tab (the keyboard shortcut does not know the frame)
 * reaches them all and the first answer wins, so only a frame where the reader
 * has selected text answers it. The context menu names its frame, so there the
 * check goes straight to the frame the reader right-clicked in.
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
