/**
 * Text a page hides by its markup alone, told apart without computing any
 * style: the `hidden` attribute (also `until-found`), inline `display: none`
 * or `visibility: hidden`, and the content of a closed <details> other than
 * its summary. Stage 1 and stage 2 both skip it, so a block of keywords a page
 * hides cannot make it "about the story", and no highlight sits where the
 * reader cannot see it.
 *
 * `aria-hidden="true"` is not here: it hides nothing from the eye. Stage 1
 * reads it, since sites set it on the whole page behind a cookie or sign-up
 * dialog, which would make every story page look empty at document idle.
 * Stage 2 skips it (extract-text.ts): a highlight there would be a focusable
 * button that assistive technology is told does not exist.
 */

/** True when an element's own attributes hide it and everything in it. */
export function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // The inline style only: reading it parses one attribute and computes nothing. Most elements
  // have none, and asking for `style` makes a declaration object for each (the style attribute
  // exists whenever script set an inline style, so this misses nothing).
  if (!element.hasAttribute('style')) return false;
  const style = (element as Partial<HTMLElement>).style;
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** True for a child of a closed <details> other than its first <summary>: not shown until opened. */
export function inClosedDetails(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  if (parent?.nodeType !== Node.ELEMENT_NODE || parent.localName !== 'details' || parent.hasAttribute('open'))
    return false;
  return !(node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'summary' && isFirstSummary(node));
}

function isFirstSummary(node: Node): boolean {
  for (let before = node.previousSibling; before; before = before.previousSibling)
    if (before.nodeType === Node.ELEMENT_NODE && (before as Element).localName === 'summary') return false;
  return true;
}
