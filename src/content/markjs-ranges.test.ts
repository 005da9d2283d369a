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

describe('keepUncoveredParts: a part holds a word when it holds a letter or digit', () => {
  const unicodeWord = /[\p{L}\p{N}]/u;
  const keeps = (text: string) => keepUncoveredParts([{ start: 0, end: text.length }], text).length === 1;

  it('of any script, as the Unicode properties say (every character outside the surrogates)', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (keeps(`-${char}-`) !== unicodeWord.test(char)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('beyond the BMP too, after other characters', () => {
    expect(keeps('— \u{1d400} —')).toBe(true); // Mathematical bold capital A: a letter.
    expect(keeps('— \u{1f600} —')).toBe(false); // An emoji: none.
    expect(keeps('— \u0483 «\u{1f600}» Мета')).toBe(true);
  });
});

describe('keepUncoveredParts against the sorted-insertion version it replaced', () => {
  // The former implementation, kept as the reference: each range split around the parts kept
  // before it, found by binary search in a list kept sorted by start.
  function reference(ranges: readonly { start: number; end: number }[], text: string) {
    const kept: { start: number; end: number; index: number }[] = [];
    const first = (test: (i: number) => boolean) => {
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (test(mid)) high = mid;
        else low = mid + 1;
      }
      return low;
    };
    const trim = (from: number, to: number) => {
      while (from < to && /\s/.test(text[from]!)) from += 1;
      while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
      return /[\p{L}\p{N}]/u.test(text.slice(from, to)) ? { start: from, end: to } : null;
    };
    ranges.forEach((range, index) => {
      const start = Math.max(0, range.start);
      const end = Math.min(text.length, range.end);
      if (end <= start) return;
      const parts = [];
      let cursor = start;
      for (let k = first((i) => kept[i]!.end > start); cursor < end; k += 1) {
        const blocker = kept[k];
        const stop = blocker && blocker.start < end ? Math.max(cursor, blocker.start) : end;
        const part = trim(cursor, stop);
        if (part) parts.push({ ...part, index });
        if (stop === end) break;
        cursor = Math.max(cursor, blocker!.end);
      }
      for (const part of parts)
        kept.splice(
          first((i) => kept[i]!.start >= part.start),
          0,
          part,
        );
    });
    return kept;
  }

  it('keeps the same parts of random overlapping ranges', () => {
    let seed = 7;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    const text = Array.from({ length: 400 }, () => (random(4) === 0 ? '  ' : 'abc'.slice(0, 1 + random(3)))).join(' ');
    for (let round = 0; round < 50; round += 1) {
      const ranges = Array.from({ length: 1 + random(60) }, () => {
        const start = random(text.length + 10) - 5;
        return { start, end: start + random(80) };
      });
      expect(keepUncoveredParts(ranges, text)).toEqual(reference(ranges, text));
    }
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
