/**
 * Highlights precomputed ranges of the extracted text in the page with
 * mark.js, in one pass, and takes them away again leaving the DOM exactly as
 * it was. This is the only module that imports mark.js.
 *
 * Overlaps: a range keeps only the parts that no EARLIER range in the list
 * covers, so the caller states priority by order (the scanner lists claims
 * before quotes, and a quote's mark runs around the claims inside it). Nested
 * marks would make one click mean two things.
 *
 * Accessibility: the first mark of each range gets role="button",
 * tabindex="0" and aria-label (the range's label), because activating it
 * opens a popover; a range split by inline markup (<b>, a paragraph break)
 * stays one tab stop. The other pieces keep the plain <mark> semantics.
 */
import Mark from 'mark.js';
import {
  keepUncoveredParts,
  markContexts,
  markJsOffsets,
  sliceRanges,
  toMarkPieces,
  type MarkPiece,
} from './markjs-ranges.ts';
import type { ExtractedText } from './extract-text.ts';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';

/** A range of the extracted text to highlight, with what its marks carry. */
export interface HighlightRange {
  /** Offset in the extracted text (see extract-text.ts). */
  start: number;
  /** Offset just past the range's last character. */
  end: number;
  /** Class attribute of every mark of the range. */
  className: string;
  /** Extra attributes of every mark, e.g. `{ 'data-claim': 'exclusive-access' }`. */
  attributes: Record<string, string>;
  /** The accessible name of the range's first (focusable) mark. */
  label: string;
}

/** The marks of one highlighting pass, in document order, and the way to take them away. */
export interface Highlights {
  marks: HTMLElement[];
  /** Removes every mark and restores the text nodes they split, exactly; safe to call twice. */
  remove(): void;
}

interface Restore {
  node: Text;
  data: string;
  added: ChildNode[];
}

/**
 * Wraps every range in <mark> elements with ONE mark.js markRanges pass; remove() restores the DOM exactly.
 * `extracted` must come from `extractText(root)` with no DOM change since; while highlighted, its
 * segments' nodes hold only the text before their first mark.
 */
export function highlightRanges(
  root: Element,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
): Highlights {
  const kept = keepUncoveredParts(ranges, extracted.text);
  const slices = sliceRanges(extracted, kept);
  const contexts = markContexts(root, slices);
  const offsets = markJsOffsets(contexts);
  const pieces = toMarkPieces(slices, offsets);
  // Current data of every node we split, to put back on remove().
  const touched = new Map(slices.map(({ node }) => [node, node.data]));
  const marks: HTMLElement[] = [];
  const ours = new Set<Node>();
  const labelled = new Set<number>();
  const each = (element: Element, piece: Mark.Range) => {
    const mark = element as HTMLElement;
    ours.add(mark); // First, so a throw below still lets the restore find this mark.
    marks.push(mark);
    const index = (piece as MarkPiece).range;
    decorate(mark, ranges[index]!, !labelled.has(index));
    labelled.add(index);
  };
  const collect = () => [...touched].map(([node, data]) => ({ node, data, added: splitOff(node, offsets, ours) }));
  try {
    // No exclude list: markJsOffsets reproduces mark.js's walk with its defaults only.
    // mark.js sorts and validates `pieces` in place; without iframes it runs synchronously.
    if (pieces.length > 0) new Mark(contexts as HTMLElement[]).markRanges(pieces, { element: 'mark', each });
  } catch (error) {
    restore(collect()); // Never leave a half-marked page behind.
    throw error;
  }
  const records = collect();
  let removed = false;
  return {
    marks,
    remove() {
      if (removed) return;
      removed = true;
      restore(records);
    },
  };
}

function restore(records: readonly Restore[]): void {
  for (const { node, data, added } of records) {
    added.forEach((child) => child.remove());
    if (node.data !== data) node.data = data;
  }
}

function decorate(mark: HTMLElement, range: HighlightRange, first: boolean): void {
  for (const [name, value] of Object.entries(range.attributes)) mark.setAttribute(name, value);
  if (range.className) mark.setAttribute('class', range.className);
  mark.setAttribute(UI_ATTRIBUTE, HIGHLIGHT_MARKER);
  if (!first) return;
  mark.setAttribute('role', 'button');
  mark.setAttribute('tabindex', '0');
  if (range.label) mark.setAttribute('aria-label', range.label);
}

// mark.js wraps by splitting: the original node keeps the text before the
// first mark, and the marks and remainders follow it as new siblings. We undo
// that ourselves instead of with mark.js's unmark(), which normalises the
// parent and so would merge text nodes that were separate before.
function splitOff(node: Text, original: ReadonlyMap<Text, number>, ours: ReadonlySet<Node>): ChildNode[] {
  const added: ChildNode[] = [];
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    const isNewText = next.nodeType === Node.TEXT_NODE && !original.has(next as Text);
    if (!isNewText && !ours.has(next)) break;
    added.push(next);
  }
  return added;
}
