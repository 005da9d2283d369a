/**
 * Whether the page shows an element's content, by computed style: what
 * markup alone cannot tell (a stylesheet's `.hidden { display: none }`).
 * Stage 1 asks it of the elements whose text it samples, stage 2 of every
 * element it reads.
 */

/** True when an element has a box and is not visibility-hidden, or is a `display: contents` wrapper of a rendered parent. */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  if (element.checkVisibility({ visibilityProperty: true })) return true;
  // A `display: contents` element has no box of its own, yet its text renders where its parent's does.
  const parent = element.parentElement;
  return parent !== null && getComputedStyle(element).display === 'contents' && isRendered(parent);
}
