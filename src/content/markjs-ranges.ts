/**
 * Translates ranges in extracted-text offsets (see extract-text.ts) into
 * ranges in mark.js's own offset space, which differs from ours in two ways:
 * it has none of our "\n" block boundaries, and it still contains the text we
 * skipped (hidden elements, form controls, indentation between blocks).
 * Also picks the few elements mark.js should work in, so its cost follows
 * the marked blocks rather than the page.
 */
import { BLOCK_TAGS } from './dom-tags.ts';
import type { ExtractedText, TextSegment } from './extract-text.ts';

/** A range in mark.js's offset space, tagged with the index of the caller's range it belongs to. */
export interface MarkPiece {
  start: number;
  length: number;
  range: number;
}

/** The part `[from, to)` of one text node's data that a range covers. */
export interface Slice {
  node: Text;
  /** The node's data when sliced, as extracted: a node whose data differs later was changed by the page. */
  data: string;
  from: number;
  to: number;
  range: number;
}

/** A caller's range, clamped to the text, with its index in the caller's list. */
export interface KeptRange {
  start: number;
  end: number;
  index: number;
}

// mark.js 8.11.1 (Mark#getTextNodes, Mark#matchesExclude) concatenates the data
// of every text node under the context in document order, leaving out those
// whose PARENT matches its exclude list (we pass none) or these defaults.
const MARKJS_EXCLUDED_PARENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'head', 'html']);

/**
 * The contexts to hand mark.js: the nearest block (or root) around each
 * sliced node, outermost only, in document order. mark.js's cost grows with
 * ranges x (text nodes + characters) of its contexts, so giving it only the
 * blocks we mark, not the whole page, keeps a long page fast.
 */
export function markContexts(root: Element, slices: readonly Slice[]): Element[] {
  const blocks = new Set<Element>();
  for (const { node } of slices) blocks.add(nearestBlock(node, root));
  // Slices come in document order, so the blocks do too, except that a block
  // can come before an ancestor first touched later; the ancestor replaces it.
  const contexts: Element[] = [];
  for (const block of blocks) {
    if (contexts.at(-1)?.contains(block)) continue;
    while (contexts.length > 0 && block.contains(contexts.at(-1)!)) contexts.pop();
    contexts.push(block);
  }
  return contexts;
}

/** The offset of every text node in mark.js's concatenated text of the contexts, walked the way mark.js walks it. */
export function markJsOffsets(contexts: readonly Element[]): Map<Text, number> {
  const offsets = new Map<Text, number>();
  let offset = 0;
  for (const context of contexts) {
    const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentNode;
      if (parent?.nodeType === Node.ELEMENT_NODE && MARKJS_EXCLUDED_PARENTS.has((parent as Element).localName))
        continue;
      offsets.set(node, offset);
      offset += node.data.length;
    }
  }
  return offsets;
}

/**
 * Resolves overlaps by priority (the caller lists ranges most important
 * first): each range keeps the parts no earlier range covers, trimmed of
 * surrounding spaces, if they still hold a word. So a claim inside a quote
 * keeps its own mark and the quote's mark continues around it, instead of
 * one of the two disappearing. Returns the kept parts sorted by start.
 */
export function keepUncoveredParts(ranges: readonly { start: number; end: number }[], text: string): KeptRange[] {
  // Which characters the parts kept so far cover: each range reads only its own characters.
  // Inserting each part into a list kept sorted moved every part after it: on the 1 MB bench
  // page's 6,489 ranges that took 30 ms in Node, this 18.
  const covered = new Uint8Array(text.length);
  const kept: KeptRange[] = [];
  ranges.forEach((range, index) => {
    const start = Math.max(0, range.start);
    const end = Math.min(text.length, range.end);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return;
    for (let cursor = start; cursor < end;) {
      while (cursor < end && covered[cursor] === 1) cursor += 1;
      let stop = cursor;
      while (stop < end && covered[stop] === 0) stop += 1;
      const part = trimToWords(text, cursor, stop);
      if (part) {
        kept.push({ ...part, index });
        covered.fill(1, part.start, part.end);
      }
      cursor = stop;
    }
  });
  return kept.sort(byStart);
}

const byStart = (a: KeptRange, b: KeptRange) => a.start - b.start;

const WORD = /[\p{L}\p{N}]/u;

function trimToWords(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return holdsWord(text, start, end) ? { start, end } : null;
}

// WORD.test(text.slice(start, end)), with ASCII and Cyrillic (the story's scripts) told by their
// codes: a page in them then never compiles the Unicode-property expression (~0.5 ms cold).
function holdsWord(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
    } else if (code >= 0x400 && code <= 0x4ff) {
      // Cyrillic letters, but not U+0482-U+0489 (a thousands sign, combining marks).
      if (code <= 0x481 || code >= 0x48a) return true;
    } else return WORD.test(text.slice(at, end));
  }
  return false;
}

/**
 * Splits each kept range at our text-node boundaries (dropping the "\n"
 * boundaries between them) into per-node slices, in document order. Nodes
 * changed since extraction are left out.
 */
export function sliceRanges(
  extracted: ExtractedText,
  kept: readonly KeptRange[],
  onChanged: () => void = () => undefined,
): Slice[] {
  const { segments, text } = extracted;
  const slices: Slice[] = [];
  // The first segment that ends past the range's start; `kept` is sorted by start, so it only moves
  // forward (a binary search for each range read ~15 nodes' data: 17 ms on the 1 MB bench page).
  let first = 0;
  for (const { start, end, index } of kept) {
    while (first < segments.length && segmentEnd(segments[first]!) <= start) first += 1;
    for (let s = first; s < segments.length; s += 1) {
      const segment = segments[s]!;
      if (segment.start >= end) break;
      // Read once: each read of a node's data is a call into the DOM (13,000 slices on the 1 MB page).
      const data = segment.node.data;
      if (!text.startsWith(data, segment.start)) {
        onChanged();
        continue;
      }
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + data.length) - segment.start;
      slices.push({ node: segment.node, data, from, to, range: index });
    }
  }
  return slices;
}

/** Maps slices into mark.js's space, merging the slices of one range that are contiguous there. */
export function toMarkPieces(slices: readonly Slice[], offsets: ReadonlyMap<Text, number>): MarkPiece[] {
  const pieces: MarkPiece[] = [];
  for (const { node, from, to, range } of slices) {
    const base = offsets.get(node);
    if (base === undefined) continue;
    const last = pieces.at(-1);
    if (last && last.range === range && last.start + last.length === base + from) last.length += to - from;
    else pieces.push({ start: base + from, length: to - from, range });
  }
  return pieces;
}

/** The nearest block element around a node, or `root` when there is none below it. */
export function nearestBlock(node: Node, root: Element): Element {
  let top = root;
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
    top = el;
  }
  // In an open shadow root the climb ends at its topmost element, not at root: mark.js does not
  // cross into shadow trees, so it must work from inside this one (extract-text.ts reads no text
  // straight under a shadow root, so there always is such an element).
  return node.getRootNode() === root.getRootNode() ? root : top;
}

function segmentEnd(segment: TextSegment): number {
  return segment.start + segment.node.data.length;
}

/** Binary search: the first i in [0, length) with test(i) true, for a test that is monotonic in i. */
export function firstIndex(length: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
