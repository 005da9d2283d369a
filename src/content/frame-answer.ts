/**
 * What the content script does in a frame (an iframe, same-origin or not),
 * where the background injects it only when the reader asks to check text
 * selected there (background/selection-frames.ts): it only answers "Check
 * quote" (context menu or shortcut) for that text. Stage 1 returns before
 * reading anything there, so a frame is never sampled, scanned or highlighted
 * and never answers the popup.
 */
import { answerInThisFrame } from '../platform/page-answer.ts';
import { hasSelectedText, isQuoteCheck } from './frame-selection.ts';
import { importQuoteOnDemand } from './stage2-modules.ts';

/** Answers quote checks in this frame. */
export function answerInFrame(): void {
  answerInThisFrame(answer);
}

function answer(message: unknown): Promise<unknown> | undefined {
  if (!isQuoteCheck(message) || !hasSelectedText()) return undefined;
  return importQuoteOnDemand()
    .then((module) => module.checkSelection())
    .then(
      (checked) => ({ checked }),
      (error: unknown) => ({ error: String(error) }),
    );
}
