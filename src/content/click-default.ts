/**
 * Which clicks on a highlight must lose the page's default action. Only a
 * link's: a highlight inside a link opens its popover instead of leaving the
 * page. Inside a <summary> or a <label> the page's control keeps working (the
 * details open, the checkbox toggles) and the popover opens as well: the
 * reader loses nothing, and a mouse user still reaches the claim by clicking.
 */

// The nearest of these around a mark decides; a link inside a summary is still a link.
const CONTROLS = 'a[href], area[href], summary, label';

/** True when a click on `mark` must be cancelled so that it opens the popover and nothing else. */
export function cancelsClickDefault(mark: Element): boolean {
  const control = mark.closest(CONTROLS);
  return control !== null && (control.localName === 'a' || control.localName === 'area');
}
