/**
 * Our popover's shadow root is open (see popover-host.ts), so a page script
 * can reach in and call `button.click()` on "Read in context" or "Copy
 * citation", or dispatch keys at them. Such events are not trusted
 * (`isTrusted` is false): this stops them at the shadow root, in the capture
 * phase, before any of our handlers inside sees them. A real reader's click,
 * or Enter on a focused button, is trusted and goes through.
 */

/** Event types that can make our UI act: pointer, mouse, keyboard and form events. */
export const ACTING_EVENTS: readonly string[] = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
];

/** Stops every untrusted acting event inside `root`; returns the way to stop listening. */
export function dropUntrustedEvents(root: EventTarget, trusts: (event: Event) => boolean): () => void {
  const drop = (event: Event) => {
    if (trusts(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, drop, true);
  return () => {
    for (const type of ACTING_EVENTS) root.removeEventListener(type, drop, true);
  };
}
