/**
 * Whether the reader has just acted in this page (a real click or key press
 * in the last few seconds), from `navigator.userActivation`. Untrusted events
 * never grant it, so a page script looping `.click()` gets no tab. Where the
 * API is missing (older Firefox), the trusted-event check in the popover's
 * shadow root (drop-untrusted.ts) is the guard.
 */

/** True unless the browser says the reader has not acted recently. */
export function readerJustActed(nav: Navigator = navigator): boolean {
  const activation = (nav as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation?.isActive ?? true;
}
