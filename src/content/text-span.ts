/**
 * A stretch of one text node that a painted highlight covers, held as plain
 * data rather than as a live Range. A document keeps each of its live Ranges
 * up to date on every change to its nodes, so the ranges of a long painted
 * page made every DOM operation of the page dearer: on the 1 MB bench page
 * (~6,000 ranges), the page adding and removing 200 paragraphs took 60 ms with
 * live Ranges and 1 ms without (the bench's section 4 prints it). Highlights get StaticRanges, which the browser does
 * not update; a live Range is made only when the layout is needed (a
 * popover's anchor, a click's boxes, a scroll) and let go after.
 */

/** Characters [from, to) of one text node. */
export interface TextSpan {
  readonly node: Text;
  readonly from: number;
  readonly to: number;
}

/** Whether the page still has `text` where the span is (its node in the page), without making a string. */
export function spanReads(span: TextSpan, text: string): boolean {
  return (
    span.node.isConnected &&
    span.to - span.from === text.length &&
    span.to <= span.node.length &&
    span.node.data.startsWith(text, span.from)
  );
}

/** Whether the text position (`node`, `offset`), e.g. a click's caret, falls within the span. */
export function spanHolds(span: TextSpan, node: Node, offset: number): boolean {
  return node === span.node && offset >= span.from && offset <= span.to;
}

/**
 * A live Range over the span, for what needs the layout: its boxes, or an anchor that follows the
 * text. Within the node as it is now (a Range may not end past it), so over less if it shrank.
 */
export function liveRange(span: TextSpan): Range {
  const range = span.node.ownerDocument.createRange();
  range.setStart(span.node, Math.min(span.from, span.node.length));
  range.setEnd(span.node, Math.min(span.to, span.node.length));
  return range;
}
