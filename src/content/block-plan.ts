/**
 * What the marks of each block should be after a read of the page: for every
 * block element that a highlight range falls in, a signature of its ranges
 * (offsets within the block, class, attributes, label). Comparing it with
 * the signature the block was marked with tells the reconciler which blocks
 * to mark again; blocks are the unit because highlight.ts records its marks
 * by the nearest block of each text node it split.
 */
import type { ExtractedText } from './extract-text.ts';
import type { HighlightRange } from './highlight.ts';
import { nearestBlock } from './markjs-ranges.ts';

/** The blocks of one read of the page and the ranges in them. */
export interface BlockPlan {
  /** Each block's signature: equal signatures mean equal marks. */
  signatures: Map<Element, string>;
  /** The blocks each range (by index) falls in; a range can span several. */
  rangeBlocks: Element[][];
}

/**
 * Works out the plan of `ranges` over `extracted`, blocks taken under `root`. `lengths` are the
 * segments' lengths when extracted: highlighting shortens the nodes, so their data cannot tell.
 */
export function planBlocks(
  root: Element,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
  lengths: readonly number[],
): BlockPlan {
  const { segments } = extracted;
  const blockAt = memo((index: number) => nearestBlock(segments[index]!.node, root));
  // A block's offsets are counted from its first segment, so moving a block elsewhere changes nothing.
  // Where each segment's run of segments in the same block starts, found once per run.
  const runStarts = new Map<number, number>();
  const baseOf = (index: number) => {
    const block = blockAt(index);
    let first = index;
    while (first > 0 && !runStarts.has(first) && blockAt(first - 1) === block) first -= 1;
    const start = runStarts.get(first) ?? first;
    for (let i = index; i >= first; i -= 1) runStarts.set(i, start);
    return segments[start]!.start;
  };
  const parts = new Map<Element, string[]>();
  const rangeBlocks = ranges.map((range) => {
    const blocks: Element[] = [];
    for (let s = firstSegmentEndingAfter(extracted, lengths, range.start); s < segments.length; s += 1) {
      if (segments[s]!.start >= range.end) break;
      const block = blockAt(s);
      if (blocks.includes(block)) continue;
      blocks.push(block);
      const base = baseOf(s);
      const part = `${range.start - base}:${range.end - base}:${range.className}:${JSON.stringify(range.attributes)}:${range.label}`;
      const list = parts.get(block);
      if (list) list.push(part);
      else parts.set(block, [part]);
    }
    return blocks;
  });
  const signatures = new Map([...parts].map(([block, list]) => [block, list.join('\n')]));
  return { signatures, rangeBlocks };
}

function firstSegmentEndingAfter({ segments }: ExtractedText, lengths: readonly number[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.start + lengths[mid]! > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

function memo<T>(compute: (index: number) => T): (index: number) => T {
  const cache = new Map<number, T>();
  return (index) => {
    if (!cache.has(index)) cache.set(index, compute(index));
    return cache.get(index)!;
  };
}
