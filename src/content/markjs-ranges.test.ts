// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';
import { keepUncoveredParts, markContexts, markJsOffsets, sliceRanges, toMarkPieces } from './markjs-ranges.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('keepUncoveredParts', () => {
  const text = 'aaaa bbbb cccc dddd eeee ffff gggg hhhh'; // Words at 0, 5, 10, ... 35.

  it('keeps earlier ranges whole and later ones only where nothing earlier covers them, sorted by start', () => {
    const kept = keepUncoveredParts(
      [
        { start: 10, end: 19 }, // "cccc dddd"
        { start: 0, end: 29 }, // Longer, but later: keeps "aaaa bbbb" and "eeee ffff" around the first.
        { start: 30, end: 34 }, // "gggg": nothing covers it.
        { start: 10, end: 19 }, // A duplicate: nothing left.
        { start: 4, end: 6 }, // " b": covered except a space and part of a word already kept.
      ],
      text,
    );
    expect(kept).toEqual([
      { start: 0, end: 9, index: 1 },
      { start: 10, end: 19, index: 0 },
      { start: 20, end: 29, index: 1 },
      { start: 30, end: 34, index: 2 },
    ]);
  });

  it('drops parts that hold no word, and clamps to the text', () => {
    const kept = keepUncoveredParts(
      [
        { start: 0, end: 9 },
        { start: 0, end: 10 },
        { start: 35, end: 99 },
      ],
      text,
    );
    expect(kept).toEqual([
      { start: 0, end: 9, index: 0 },
      { start: 35, end: 39, index: 2 },
    ]);
  });
});

describe('markContexts', () => {
  it('uses the outermost touched blocks, in document order, even when a nested block is touched first', () => {
    const root = fixture('<div id="outer"><p>inner</p> trailing</div><p id="last">x <b>y</b></p>');
    const extracted = extractText(root);
    const slices = sliceRanges(
      extracted,
      keepUncoveredParts([{ start: 0, end: extracted.text.length }], extracted.text),
    );
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
