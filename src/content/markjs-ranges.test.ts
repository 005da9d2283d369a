// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';
import { keepNonOverlapping, markContexts, markJsOffsets, sliceRanges, toMarkPieces } from './markjs-ranges.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('keepNonOverlapping', () => {
  it('keeps earlier ranges, drops later overlapping ones, and sorts by start', () => {
    const kept = keepNonOverlapping(
      [
        { start: 10, end: 20 },
        { start: 0, end: 30 }, // Longer, but later: dropped.
        { start: 20, end: 25 }, // Touches, does not overlap.
        { start: 0, end: 5 },
        { start: 4, end: 11 }, // Overlaps two kept ranges.
        { start: 10, end: 20 }, // A duplicate.
      ],
      100,
    );
    expect(kept).toEqual([
      { start: 0, end: 5, index: 3 },
      { start: 10, end: 20, index: 0 },
      { start: 20, end: 25, index: 2 },
    ]);
  });
});

describe('markContexts', () => {
  it('uses the outermost touched blocks, in document order, even when a nested block is touched first', () => {
    const root = fixture('<div id="outer"><p>inner</p> trailing</div><p id="last">x <b>y</b></p>');
    const extracted = extractText(root);
    const slices = sliceRanges(extracted, keepNonOverlapping([{ start: 0, end: extracted.text.length }], extracted.text.length));
    expect(markContexts(root, slices).map((element) => element.id)).toEqual(['outer', 'last']);
  });

  it('falls back to the root for text outside any block', () => {
    const root = fixture('loose <b>text</b>');
    const extracted = extractText(root);
    const slices = sliceRanges(extracted, [{ start: 0, end: 4, index: 0 }]);
    expect(markContexts(root, slices)).toEqual([root]);
  });
});

describe('markJsOffsets and toMarkPieces', () => {
  it('counts text we skipped, leaves out what mark.js leaves out, and merges contiguous pieces', () => {
    const root = fixture('<p>ab <span hidden>HID</span>cd<style>s{}</style> ef</p>');
    const extracted = extractText(root);
    expect(extracted.text).toBe('ab cd ef');
    const [p] = markContexts(root, sliceRanges(extracted, [{ start: 0, end: 8, index: 0 }]));
    const offsets = markJsOffsets([p!]);
    // mark.js text: "ab " + "HID" + "cd" + " ef" (the <style> text is not in it).
    expect([...offsets.values()]).toEqual([0, 3, 6, 8]);
    const slices = sliceRanges(extracted, [{ start: 1, end: 7, index: 4 }]);
    expect(toMarkPieces(slices, offsets)).toEqual([
      { start: 1, length: 2, range: 4 }, // "b "
      { start: 6, length: 4, range: 4 }, // "cd" + " e", contiguous in mark.js's text
    ]);
  });
});
