/**
 * Highlight ranges as the scan service sends them: each distinct look (class,
 * attributes and accessible name) once, and three numbers per range. A page
 * repeats its claims, and every mark of a claim carries the same sentence: on
 * the 1 MB bench page 6,570 ranges have 253 looks and 92 distinct names, and
 * the answer the page's main thread had to read was 2.5 MB of ranges, where
 * packed it is under 0.2 MB.
 */
import { DistinctValues } from '../distinct-values.ts';
import type { HighlightRange, RangeLook } from './highlight-range.ts';

/** Ranges with their looks stored once. */
export interface PackedRanges {
  looks: RangeLook[];
  /** Per range, in order: start, end, and its look's index in `looks`. */
  spans: number[];
}

/** Packs ranges for sending; `unpackRanges` gives back equal ones. */
export function packRanges(ranges: readonly HighlightRange[]): PackedRanges {
  const looks = new DistinctValues<RangeLook>(({ className, attributes, label }) =>
    JSON.stringify([className, attributes, label]),
  );
  // Ranges of one look share its attributes object and label (view/highlight-ranges.ts), so a look
  // already seen is found by identity: its JSON key, made for every range, took 20-50 ms on the
  // 1 MB bench page's 6,570 ranges.
  const seen = new Map<HighlightRange['attributes'], { className: string; label: string; index: number }[]>();
  const spans: number[] = [];
  for (const { start, end, className, attributes, label } of ranges) {
    let same = seen.get(attributes);
    if (!same) seen.set(attributes, (same = []));
    let known = same.find((look) => look.className === className && look.label === label);
    if (!known) same.push((known = { className, label, index: looks.indexOf({ className, attributes, label }) }));
    spans.push(start, end, known.index);
  }
  return { looks: looks.values, spans };
}

/** The ranges packed in `packed`; ranges of one look share its attributes object. */
export function unpackRanges(packed: PackedRanges): HighlightRange[] {
  const { looks, spans } = packed;
  const ranges: HighlightRange[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const look = looks[spans[i + 2]!];
    if (!look) throw new Error(`Counterpoint: packed range ${i / 3} has no look`);
    ranges.push({ start: spans[i]!, end: spans[i + 1]!, ...look });
  }
  return ranges;
}
