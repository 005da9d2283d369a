// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { random as seeded } from '../../tests/support/random.ts';
import { planBlocks } from './block-plan.ts';
import { extractText, segmentLengths, type ExtractedText } from './extract-text.ts';
import type { HighlightRange } from './highlight.ts';
import { nearestBlock } from './markjs-ranges.ts';

// The signatures as planBlocks made them before each run's start was remembered: the walk back
// from every segment, which a memo must not change.
function referenceSignatures(root: Element, extracted: ExtractedText, ranges: readonly HighlightRange[]) {
  const { segments } = extracted;
  const blockAt = (index: number) => nearestBlock(segments[index]!.node, root);
  const baseOf = (index: number) => {
    let first = index;
    while (first > 0 && blockAt(first - 1) === blockAt(index)) first -= 1;
    return segments[first]!.start;
  };
  const parts = new Map<Element, string[]>();
  for (const range of ranges) {
    const blocks: Element[] = [];
    for (let s = 0; s < segments.length; s += 1) {
      const segment = segments[s]!;
      if (segment.start + segment.node.data.length <= range.start) continue;
      if (segment.start >= range.end) break;
      const block = blockAt(s);
      if (blocks.includes(block)) continue;
      blocks.push(block);
      const base = baseOf(s);
      const part = `${range.start - base}:${range.end - base}:${range.className}:${JSON.stringify(range.attributes)}:${range.label}`;
      parts.set(block, [...(parts.get(block) ?? []), part]);
    }
  }
  return new Map([...parts].map(([block, list]) => [block, list.join('\n')]));
}

describe('planBlocks', () => {
  it('counts each run of a block from its own start, as the walk back did, whatever order the ranges come in', () => {
    const random = seeded(5);
    for (let round = 0; round < 50; round++) {
      // A block whose text is split by blocks inside it: its segments are not contiguous.
      document.body.innerHTML =
        '<div>one two <b>three</b> <p>four five</p> six seven <p>eight</p> nine <i>ten</i></div><p>eleven twelve</p>';
      const root = document.body;
      const extracted = extractText(root);
      const ranges: HighlightRange[] = [];
      for (let i = 0; i < 6; i++) {
        const start = Math.floor(random() * (extracted.text.length - 1));
        const end = start + 1 + Math.floor(random() * Math.min(12, extracted.text.length - start - 1));
        ranges.push({ start, end, className: 'c', attributes: { 'data-i': String(i) }, label: `r${i}` });
      }
      const lengths = segmentLengths(extracted);
      expect(planBlocks(root, extracted, ranges, lengths).signatures).toEqual(
        referenceSignatures(root, extracted, ranges),
      );
    }
  });
});
