/**
 * What the content script does in a frame (an iframe, same-origin or not):
 * it only answers "Check quote" (context menu or shortcut) for text selected
 * in the frame. Stage 1 returns before reading anything there, so a frame is
 * never sampled, scanned or highlighted and never answers the popup; until
 * the reader asks, a frame costs one property on its isolated world's global.
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
