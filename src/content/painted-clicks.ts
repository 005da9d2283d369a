/**
 * Clicks on painted highlights (paint-highlights.ts). There is no element to
 * listen on, so one capture listener on the document finds the text under a
 * real (trusted) click with caretPositionFromPoint (caretRangeFromPoint in
 * older Chromium) and looks for a painted span that holds that point and
 * whose boxes the click fell in. Only a click that opens a popover has its
 * default action cancelled: every other click is the page's.
 */
import { cancelsClickDefault } from './click-default.ts';
import { isIntact, type PaintTarget } from './paint-highlights.ts';
import { liveRange, spanHolds, type TextSpan } from './text-span.ts';

/** A painted target and the one of its spans that was hit. */
export interface PaintHit {
  target: PaintTarget;
  span: TextSpan;
}

/** Listens for clicks on painted text; `onHit` opens the popover. */
export function attachPaintedClicks(
  doc: Document,
  targets: () => readonly PaintTarget[],
  onHit: (hit: PaintHit) => void,
  opensOnClick: () => boolean,
): { destroy(): void } {
  const onClick = (event: MouseEvent) => {
    // A page's synthetic click (element.click(), dispatchEvent) is not the reader's.
    if (!event.isTrusted || event.button !== 0 || event.defaultPrevented || !opensOnClick()) return;
    // The reader was selecting text, not clicking a highlight.
    if (doc.getSelection()?.isCollapsed === false) return;
    const hit = paintedAt(doc, targets(), event.clientX, event.clientY);
    if (!hit) return;
    // Painted text inside a link opens the popover, not the link, as a mark does; a <summary> or
    // <label> keeps working (click-default.ts).
    const around = hit.span.node.parentElement;
    if (around && cancelsClickDefault(around)) event.preventDefault();
    onHit(hit);
  };
  doc.addEventListener('click', onClick, true);
  return { destroy: () => doc.removeEventListener('click', onClick, true) };
}

/** The painted span under the viewport point (x, y), or null. */
export function paintedAt(doc: Document, targets: readonly PaintTarget[], x: number, y: number): PaintHit | null {
  const caret = caretAt(doc, x, y);
  for (const target of targets) {
    for (const [index, span] of target.spans.entries()) {
      // The caret is the nearest text position, even for a click in the margin: the boxes decide.
      if (caret && !spanHolds(span, caret.node, caret.offset)) continue;
      // Text the page changed since is no longer painted (or is painted anew by a later scan).
      if (isIntact(target, index) && inBoxes(liveRange(span), x, y)) return { target, span };
    }
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function inBoxes(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects())
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  return false;
}
