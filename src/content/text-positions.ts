/**
 * Maps ranges of the extracted text (see extract-text.ts) to offsets in the
 * root's `textContent`, the text that W3C TextPositionSelectors and annotation
 * tools (Hypothesis, Apache Annotator) count in. Works on a highlighted page
 * too: a mark splits a text node, but the pieces follow it in document order,
 * so `textContent` and every node's offset in it stay as they were.
 */
import { pageQuote } from '../core/export/page-quote.ts';
import type { PageQuote } from '../core/export/page-findings.ts';
import type { ExtractedText } from './extract-text.ts';

/** Places extracted-text ranges in `root.textContent`. */
export type Locate = (start: number, end: number) => PageQuote | null;

/**
 * Builds the locator. `lengths[i]` is the length segment i's node had when the
 * text was extracted (a mark may have shortened the node since).
 */
export function textContentLocator(root: Element, extracted: ExtractedText, lengths: readonly number[]): Locate {
  const doc = root.ownerDocument;
  const offsets = new Map<Node, number>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, total);
    total += (node as Text).data.length;
  }
  const content = root.textContent ?? '';
  const segments = extracted.segments;
  // Last segment starting at or before `at` (segments are in text order).
  const segmentAt = (at: number, strict: boolean) => {
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (strict ? segments[mid]!.start < at : segments[mid]!.start <= at) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
  const place = (index: number, at: number) => {
    const segment = segments[index]!;
    const base = offsets.get(segment.node);
    return base === undefined ? null : base + Math.min(at - segment.start, lengths[index] ?? 0);
  };
  return (start, end) => {
    let first = segmentAt(start, false);
    // A start on a block break belongs to the text after it.
    if (first >= 0 && start >= segments[first]!.start + (lengths[first] ?? 0)) first += 1;
    const last = segmentAt(end, true);
    if (first < 0 || first >= segments.length || last < first) return null;
    const from = place(first, Math.max(start, segments[first]!.start));
    const to = place(last, end);
    if (from === null || to === null || to <= from) return null;
    const quote = pageQuote(content, from, to);
    // The page changed its text since it was read: the old offsets point elsewhere now.
    return squash(quote.exact) === squash(extracted.text.slice(start, end)) ? quote : null;
  };
}

// Block breaks are "\n" in the extracted text and absent from textContent; other whitespace is the same.
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
