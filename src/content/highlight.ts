/**
 * Highlights precomputed ranges of the extracted text in the page with
 * mark.js, block by block, and takes them away again leaving the DOM exactly
 * as it was where the page has not changed it since (undo-split.ts says what
 * happens where it has). Marks can be taken out of some blocks only, and the
 * marks of a later pass joined to the first, so a page that changes is
 * followed block by block (reconcile.ts). This and markjs-engine.ts are the only modules that use mark.js.
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
import { Mark } from './markjs-engine.ts';
import type MarkJs from 'mark.js';
import {
  keepUncoveredParts,
  markContexts,
  markJsOffsets,
  nearestBlock,
  sliceRanges,
  toMarkPieces,
  type MarkPiece,
  type Slice,
} from './markjs-ranges.ts';
import type { HighlightRange } from '../core/view/highlight-range.ts';
import type { ExtractedText } from './extract-text.ts';
import { registerMark } from './our-marks.ts';
import { runSteps } from './run-steps.ts';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';
import { isUntouched, recordSplit, undoSplit, type SplitRecord } from './undo-split.ts';

export type { HighlightRange };

/** The marks of one or more highlighting passes, in document order, and the way to take them away. */
export interface Highlights {
  /** Live: shrinks and grows with removeIn() and absorb(). */
  marks: HTMLElement[];
  /** Removes every mark and restores the text nodes they split where the page left them alone; safe to call twice. */
  remove(): void;
  /** The blocks (nearest block element of each split node) that hold our marks. */
  blocks(): Set<Element>;
  /** The blocks where the page changed, moved or removed something we left. */
  touchedBlocks(): Set<Element>;
  /** Takes our marks out of these blocks only, as remove() would. */
  removeIn(blocks: ReadonlySet<Element>): void;
  /** Takes over the marks of another pass: one remove() then takes away both. */
  absorb(other: Highlights): void;
}

interface Restore {
  record: SplitRecord;
  block: Element;
}

// Each Highlights' records, for absorb(); not on the object, so no caller reaches them.
const recordsOf = new WeakMap<Highlights, Restore[]>();

/**
 * Wraps every range in <mark> elements with mark.js; remove() restores the DOM exactly.
 * `extracted` must come from `extractText(root)` with no DOM change since; while highlighted, its
 * segments' nodes hold only the text before their first mark.
 */
export function highlightRanges(
  root: Element,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
): Highlights {
  return runSteps(markInSteps(root, extracted, ranges))!; // Only a caller's return() ends it with null.
}

/**
 * The same as highlightRanges, pausing between batches of blocks so that a long page
 * never waits on one long task. Between pauses the page may change: a text
 * node it changed or moved since extraction is left unmarked. When `signal`
 * aborts, what was marked is taken away again and the result is null.
 */
export async function highlightRangesInSteps(
  root: Element,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
  pause: () => Promise<void> | void,
  signal?: AbortSignal,
): Promise<Highlights | null> {
  const steps = markInSteps(root, extracted, ranges);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (signal?.aborted) {
      steps.return(null); // Its `finally` takes the marks away.
      return null;
    }
  }
}

/**
 * Marks a few blocks at a time (one mark.js call per batch of blocks, so its
 * cost stays linear in the page: one call over the whole page costs ranges x
 * text nodes), yielding after each batch. Returning early (`return()`) removes every mark made.
 */
function* markInSteps(
  root: Element,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
): Generator<void, Highlights | null, void> {
  // On a long page each phase below is a step of its own: thousands of ranges, tens of thousands of nodes.
  const kept = keepUncoveredParts(ranges, extracted.text);
  yield;
  // Each slice keeps its node's data as extracted (sliceRanges checked it): a node the page
  // changes later, even during the pause below, is not marked.
  const slices = sliceRanges(extracted, kept);
  yield;
  const records: Restore[] = [];
  const highlights = createHighlights(records);
  const ours = new Set<Node>();
  // A range's first piece is its focusable one, named for screen readers; the wrapper (asked
  // just before mark.js wraps a piece) and `each` (just after) agree on which it is.
  const labelled = new Set<number>();
  const template = markTemplates(root.ownerDocument, ranges);
  const wrapper = (piece: MarkJs.Range) => {
    const index = (piece as MarkPiece).range;
    return template(index, !labelled.has(index));
  };
  const each = (element: Element, piece: MarkJs.Range) => {
    const mark = element as HTMLElement;
    ours.add(mark); // First, so a throw below still lets the restore find this mark.
    highlights.marks.push(mark);
    const index = (piece as MarkPiece).range;
    const range = ranges[index]!;
    if (!labelled.has(index) && range.label) mark.setAttribute('aria-label', range.label);
    registerMark(mark, range.attributes);
    labelled.add(index);
  };
  let done = false;
  try {
    const work = batches(byContext(markContexts(root, slices), slices));
    yield;
    for (const batch of work) {
      const contexts = batch.map(([context]) => context);
      const fresh = batch.flatMap(([context, inContext]) =>
        inContext.filter(({ node, data }) => node.data === data && context.contains(node)),
      );
      const offsets = markJsOffsets(contexts);
      const pieces = toMarkPieces(fresh, offsets);
      // Current data of every node we split, to put back on remove().
      const touched = new Map(fresh.map(({ node }) => [node, node.data]));
      try {
        // No exclude list: markJsOffsets reproduces mark.js's walk with its defaults only.
        // mark.js sorts and validates `pieces` in place; without iframes it runs synchronously.
        if (pieces.length > 0)
          new Mark(contexts as HTMLElement[], wrapper).markRanges(pieces, { element: 'mark', each });
      } finally {
        for (const [node, data] of touched) {
          const added = splitOff(node, offsets, ours);
          if (added.length > 0)
            records.push({ record: recordSplit(node, data, added), block: nearestBlock(node, root) });
        }
      }
      yield;
    }
    done = true;
  } finally {
    // A throw, or the caller giving up: never leave a half-marked page behind.
    if (!done) highlights.remove();
  }
  return highlights;
}

/** Blocks handed to one mark.js call: few enough that its ranges x text nodes cost stays small. */
export const BLOCKS_PER_CALL = 16;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += BLOCKS_PER_CALL) out.push(items.slice(at, at + BLOCKS_PER_CALL));
  return out;
}

/** The slices of each context, in document order (both lists are). */
function byContext(contexts: readonly Element[], slices: readonly Slice[]): [Element, Slice[]][] {
  const groups: [Element, Slice[]][] = contexts.map((context) => [context, []]);
  let at = 0;
  for (const slice of slices) {
    while (at < groups.length && !groups[at]![0].contains(slice.node)) at += 1;
    if (at === groups.length) break;
    groups[at]![1].push(slice);
  }
  return groups;
}

function createHighlights(records: Restore[]): Highlights {
  const marks: HTMLElement[] = [];
  const marksOf = (kept: readonly Restore[]) =>
    kept.flatMap(({ record }) =>
      record.added.filter((piece): piece is HTMLElement => piece.nodeType === Node.ELEMENT_NODE),
    );
  const highlights: Highlights = {
    marks,
    remove() {
      highlights.removeIn(highlights.blocks());
    },
    blocks: () => new Set(records.map(({ block }) => block)),
    touchedBlocks: () => new Set(records.filter(({ record }) => !isUntouched(record)).map(({ block }) => block)),
    removeIn(blocks) {
      const going = records.filter(({ block }) => blocks.has(block));
      if (going.length === 0) return;
      going.forEach(({ record }) => undoSplit(record));
      const gone = new Set(marksOf(going));
      replaceAll(
        records,
        records.filter(({ block }) => !blocks.has(block)),
      );
      replaceAll(
        marks,
        marks.filter((mark) => !gone.has(mark)),
      );
    },
    absorb(other) {
      const theirs = recordsOf.get(other) ?? [];
      records.push(...theirs);
      // Each new mark goes in by binary search: a full sort would compare thousands of marks,
      // and comparing two children of one long parent walks its children.
      for (const mark of other.marks) marks.splice(firstAfter(marks, mark), 0, mark);
      theirs.length = 0;
      other.marks.length = 0;
    },
  };
  recordsOf.set(highlights, records);
  return highlights;
}

// In place, so that whoever holds the array (the highlight mode) sees the change.
function replaceAll<T>(array: T[], items: readonly T[]): void {
  array.splice(0, array.length, ...items);
}

/** The index of the first mark that comes after `node` in the document. */
function firstAfter(marks: readonly Node[], node: Node): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (node.compareDocumentPosition(marks[mid]!) & Node.DOCUMENT_POSITION_FOLLOWING) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The element each piece of a range is a clone of: one per look of mark (its class and
 * attributes, and whether it is a range's first, focusable piece), shared by every range with
 * that look. The attributes are in the order mark.js and our marks always had them.
 */
function markTemplates(doc: Document, ranges: readonly HighlightRange[]): (index: number, first: boolean) => Element {
  const byLook = new Map<string, Element>();
  const looks: string[] = [];
  return (index, first) => {
    const range = ranges[index]!;
    const key = `${first} ${(looks[index] ??= JSON.stringify([range.className, range.attributes]))}`;
    let template = byLook.get(key);
    if (!template) {
      template = doc.createElement('mark');
      template.setAttribute('data-markjs', 'true');
      for (const [name, value] of Object.entries(range.attributes)) template.setAttribute(name, value);
      if (range.className) template.setAttribute('class', range.className);
      template.setAttribute(UI_ATTRIBUTE, HIGHLIGHT_MARKER);
      if (first) {
        template.setAttribute('role', 'button');
        template.setAttribute('tabindex', '0');
      }
      byLook.set(key, template);
    }
    return template;
  };
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
