/**
 * What the content script does in a frame (an iframe, same-origin or not):
 * it only answers "Check quote" (context menu or shortcut) for text selected
 * in the frame. Stage 1 returns before reading anything there, so a frame is
 * never sampled, scanned or highlighted and never answers the popup; until
 * the reader asks, a frame costs one listener.
 */
import { hasSelectedText, isQuoteCheck } from './frame-selection.ts';
import { importQuoteOnDemand } from './stage2-modules.ts';

/** Listens for quote checks in this frame. */
export function listenInFrame(): void {
  chrome.runtime.onMessage.addListener(onMessage);
}

function onMessage(message: unknown, sender: chrome.runtime.MessageSender, reply: (answer: unknown) => void) {
  if (sender.id !== chrome.runtime.id || !isQuoteCheck(message) || !hasSelectedText()) return false;
  importQuoteOnDemand()
    .then((module) => module.checkSelection())
    .then(
      (checked) => reply({ checked }),
      (error: unknown) => reply({ error: String(error) }),
    );
  return true; // The reply is asynchronous.
}
