/**
 * Brings the highlights in line with a page that changed since it was marked,
 * touching only the blocks that need it:
 *
 * 1. Blocks where the page changed, moved away or removed what we left
 *    (highlight.ts knows by reference) lose their marks first, as undo-split.ts
 *    allows: stale pieces go, the page's new text stays. So the read below
 *    never sees text that is no longer the page's.
 * 2. The page is read again (its text extracted, and scanned by the
 *    background, as in the first scan): the text must be read whole anyway
 *    for the popup, badge and exports to stay right (which mention comes
 *    first, the quotes' numbering, offsets). The matcher reads about 37 MB/s,
 *    so a 10 KB article costs well under 1 ms of matching.
 * 3. Each block's signature (block-plan.ts) is compared with the one it was
 *    marked with; blocks that differ, blocks the page changed, and blocks
 *    with new ranges are marked again, and only those. A reordered list
 *    whose items kept their text costs no DOM change at all.
 *
 * A block the reader is in (focus on one of its marks, or typing in it) keeps
 * its marks until the reader leaves: the caller is told to come back later.
 */
import { segmentLengths, textForMatching, type ExtractedText } from './extract-text.ts';
import type { HighlightRange, Highlights } from './highlight.ts';
import { planBlocks } from './block-plan.ts';
import type { PageChanges } from './page-watch.ts';

/** The marks on the page and the signature each block was marked with. */
export interface LiveMarks {
  highlights: Highlights;
  signatures: Map<Element, string>;
}

/** One read of the page: its text and the ranges to highlight in it. */
export interface PageRead<Scan> {
  extracted: ExtractedText;
  /** Each segment's length when extracted. */
  lengths: number[];
  text: string;
  ranges: HighlightRange[];
  scan: Scan;
}

/** What the reconciler needs from the scanner. */
export interface ReconcileSteps<Scan> {
  root: Element;
  /** Reads the page (null when stopped meanwhile). */
  read(): Promise<PageRead<Scan> | null>;
  /** Runs one of our DOM changes with the page watch looking away. */
  ourChange(change: () => void): void;
  /** Highlights ranges of a fresh extraction, yielding as the first scan does (null when stopped). */
  highlight(extracted: ExtractedText, ranges: readonly HighlightRange[]): Promise<Highlights | null>;
  /**
   * Reads the page's text again as the first scan does (the same visibility test), in pieces
   * with pauses; null when stopped meanwhile.
   */
  extract(): Promise<ExtractedText | null>;
}

/** The outcome: the new read with the extraction the marks were made in, and whether to come back. */
export interface Reconciled<Scan> {
  read: PageRead<Scan>;
  extracted: ExtractedText;
  /** Each segment's length when extracted (marking shortens the nodes). */
  lengths: number[];
  retry: boolean;
}

/** Re-reads the page and re-marks the blocks that need it (see the module comment); null when stopped. */
export async function reconcile<Scan>(
  live: LiveMarks,
  changes: PageChanges,
  steps: ReconcileSteps<Scan>,
): Promise<Reconciled<Scan> | null> {
  const { highlights, signatures } = live;
  let retry = false;
  const busy = (block: Element) => {
    const reader = isReaderIn(block, highlights.marks);
    if (reader) retry = true;
    return reader;
  };
  const gone = [...highlights.blocks()].filter((block) => !block.isConnected);
  release(live, steps, new Set([...highlights.touchedBlocks(), ...gone].filter((block) => !busy(block))));

  const read = await steps.read();
  if (!read) return null;
  const plan = planBlocks(steps.root, read.extracted, read.ranges, read.lengths);
  const changed = changedBlocks(highlights.blocks(), changes);
  const stale = new Set<Element>();
  for (const block of highlights.blocks())
    if ((plan.signatures.get(block) !== signatures.get(block) || changed.has(block)) && !busy(block)) stale.add(block);
  const toMark = new Set([...plan.signatures.keys()].filter((block) => stale.has(block) || !signatures.has(block)));
  // A range spanning blocks is marked whole or not at all: never half of it beside an old mark.
  for (let grown = true; grown;) {
    grown = false;
    for (const blocks of plan.rangeBlocks) {
      if (!blocks.some((block) => toMark.has(block)) || blocks.every((block) => toMark.has(block))) continue;
      if (blocks.some((block) => signatures.has(block) && !stale.has(block) && busy(block))) {
        blocks.forEach((block) => toMark.delete(block));
      } else {
        blocks.forEach((block) => (toMark.add(block), signatures.has(block) && stale.add(block)));
      }
      grown = true;
    }
  }
  release(live, steps, stale);

  // Releasing untouched blocks gives the page back its own text nodes; read their places again,
  // in pieces (after an edit to a 1.5 MB page with a few marks, our longest task was 33-45 ms
  // with this read in one go, 26-34 ms with it in pieces).
  const extracted = await steps.extract();
  if (!extracted) return null;
  const lengths = segmentLengths(extracted);
  if (textForMatching(extracted, lengths) !== read.text) return { read, extracted, lengths, retry: true };
  const ranges = read.ranges.filter((_, index) => plan.rangeBlocks[index]!.some((block) => toMark.has(block)));
  const pass = ranges.length > 0 ? await steps.highlight(extracted, ranges) : null;
  if (ranges.length > 0 && !pass) return null;
  if (pass) {
    const marked = pass.blocks();
    highlights.absorb(pass);
    for (const block of toMark) if (marked.has(block)) signatures.set(block, plan.signatures.get(block)!);
  }
  return { read, extracted, lengths, retry };
}

function release(live: LiveMarks, steps: ReconcileSteps<unknown>, blocks: ReadonlySet<Element>): void {
  if (blocks.size === 0) return;
  steps.ourChange(() => live.highlights.removeIn(blocks));
  for (const block of blocks) live.signatures.delete(block);
}

// The marked blocks that hold a changed node, or all of them when the watch lost count.
function changedBlocks(marked: ReadonlySet<Element>, changes: PageChanges): Set<Element> {
  if (changes.all) return new Set(marked);
  const found = new Set<Element>();
  for (const node of changes.nodes)
    for (let at: Node | null = node; at; at = at.parentNode) if (marked.has(at as Element)) found.add(at as Element);
  return found;
}

// Focus on one of the block's marks (keyboard reader), or the caret in an editable region
// around or in it: taking a mark away under the caret would move it.
function isReaderIn(block: Element, marks: readonly Element[]): boolean {
  // In a shadow root the document's activeElement is the host: ask the block's own root.
  const root = block.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement ?? null;
  if (!focused || focused === block.ownerDocument.body) return false;
  if ((focused as HTMLElement).isContentEditable === true) return focused.contains(block) || block.contains(focused);
  return block.contains(focused) && marks.includes(focused);
}
