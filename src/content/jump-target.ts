/**
 * The highlight the popup jumped to is ringed until the reader moves on.
 * :focus-visible alone is not enough: after a mouse click in the page,
 * Chromium does not show it for focus() from script, and a quiet (or, in
 * "none in the page", invisible) mark would then give no sign of where it is.
 */

/** The attribute the page stylesheet rings (highlight-css.ts). */
export const JUMP_TARGET_ATTRIBUTE = 'data-jump-target';

/** Focuses `mark` and rings it until it loses focus. */
export function focusAsJumpTarget(mark: HTMLElement): void {
  mark.setAttribute(JUMP_TARGET_ATTRIBUTE, '');
  mark.addEventListener('blur', () => mark.removeAttribute(JUMP_TARGET_ATTRIBUTE), { once: true });
  mark.focus({ preventScroll: true });
}
