/**
 * The content script of frames (iframes, same-origin or not): it only answers
 * "Check quote" (context menu or shortcut) for text selected in the frame.
 * Stage 1 runs in the top document only, so a frame is never sampled, scanned
 * or highlighted, and until the reader asks, this costs a frame one listener.
 * In the top document this script does nothing (stage 1 answers there).
 */
import { hasSelectedText, isQuoteCheck } from './frame-selection.ts';

function onMessage(message: unknown, sender: chrome.runtime.MessageSender, reply: (answer: unknown) => void) {
  if (sender.id !== chrome.runtime.id || !isQuoteCheck(message) || !hasSelectedText()) return false;
  import('./quote-on-demand.tsx')
    .then((module) => module.checkSelection())
    .then(
      (checked) => reply({ checked }),
      (error: unknown) => reply({ error: String(error) }),
    );
  return true; // The reply is asynchronous.
}

if (window !== window.top) chrome.runtime.onMessage.addListener(onMessage);
