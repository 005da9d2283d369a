/**
 * The attribute that every element Counterpoint adds to a page carries, so
 * scanning code can tell our UI from the page's own content. Highlight marks
 * carry it too, with their own value, because the text inside a mark is still
 * the page's text and must stay visible to a re-scan.
 */

/** The attribute on every element we add to a page (popover hosts, our <style>, highlight marks). */
export const UI_ATTRIBUTE = 'data-counterpoint';

/** The value of {@link UI_ATTRIBUTE} on highlight marks. */
export const HIGHLIGHT_MARKER = 'highlight';

/**
 * A selector matching elements that look like our highlight marks (for styles and tests).
 * A page can write such an element too: to know a mark is ours, ask our-marks.ts.
 */
export const HIGHLIGHT_SELECTOR = `mark[${UI_ATTRIBUTE}="${HIGHLIGHT_MARKER}"]`;

/** True for our own UI whose content is not page text: everything we add except highlight marks. */
export function isOwnUi(element: Element): boolean {
  const value = element.getAttribute(UI_ATTRIBUTE);
  return value !== null && value !== HIGHLIGHT_MARKER;
}
