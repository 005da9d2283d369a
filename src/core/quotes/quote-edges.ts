/**
 * Tidies the edges of an approximately matched passage. The search is free to
 * pay for a quote's extra edge words by swallowing neighbouring source words
 * ("policy issues." for "George Chen comments:"); those source words are not
 * what the quote renders, so they are cut off. A single word against a single
 * word stays: that is a changed word ("Facebook" rendered as "Meta").
 */
import type { DiffPart } from './check-quote.ts';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Source text to cut from one edge: the source side of the change block there, unless it is a one-word change. */
function edgeCut(block: readonly DiffPart[]): number {
  const removed = block
    .filter((part) => part.kind === 'removed')
    .map((part) => part.text)
    .join('');
  const added = block
    .filter((part) => part.kind === 'added')
    .map((part) => part.text)
    .join('');
  const oneForOne = words(removed) === 1 && words(added) === 1;
  return oneForOne ? 0 : removed.length;
}

/** Leading parts up to the first 'same' one (all parts if none is). */
function leadingBlock(parts: readonly DiffPart[]): DiffPart[] {
  const firstSame = parts.findIndex((part) => part.kind === 'same');
  return parts.slice(0, firstSame === -1 ? parts.length : firstSame);
}

/** How many characters to cut from the passage's start and end. */
export function unmatchedEdges(parts: readonly DiffPart[]): [number, number] {
  if (!parts.some((part) => part.kind === 'same')) return [0, 0];
  return [edgeCut(leadingBlock(parts)), edgeCut(leadingBlock([...parts].reverse()))];
}

/**
 * Narrows [start, end) of `source` to its longest paragraph when it spans a
 * line break: a quote taken from one paragraph of a page renders one
 * paragraph of its source, and the words across the break are only filler the
 * search picked up at the edges.
 */
export function longestParagraph(source: string, start: number, end: number): [number, number] {
  let best: [number, number] = [start, start];
  let from = start;
  while (from <= end) {
    const lineBreak = source.indexOf('\n', from);
    const to = lineBreak === -1 || lineBreak > end ? end : lineBreak;
    if (to - from > best[1] - best[0]) best = [from, to];
    from = to + 1;
  }
  return best;
}
