import { describe, expect, it } from 'vitest';
import { scanWordRanges } from '../text/scan-words.ts';
import { RangeMemo } from './range-memo.ts';

// The plain words of a text with their ranges and the scanner's hashes.
function plainWords(text: string): [start: number, end: number, hash: number][] {
  const words: [number, number, number][] = [];
  scanWordRanges(text, { plain: (start, end, hash) => words.push([start, end, hash]), word: () => {} });
  return words;
}

describe('RangeMemo', () => {
  it('finds a word by its folded units, whatever its case or position', () => {
    const text = 'Facebook facebook FACEBOOK Meta';
    const memo = new RangeMemo();
    const [first, second, third, meta] = plainWords(text);
    expect(memo.find(text, ...first!)).toBe(-1);
    memo.add(text, ...first!, 7);
    expect(memo.find(text, ...second!)).toBe(7);
    expect(memo.find(text, ...third!)).toBe(7);
    expect(memo.find(text, ...meta!)).toBe(-1);
  });

  it('tells apart words whose hashes collide, comparing every unit', () => {
    const text = 'abc abd abx ab abcd';
    const memo = new RangeMemo();
    const words = plainWords(text);
    // Every word given the same hash, as if they all collided.
    words.forEach(([start, end], symbol) => {
      expect(memo.find(text, start, end, 42)).toBe(-1);
      memo.add(text, start, end, 42, symbol);
    });
    words.forEach(([start, end], symbol) => expect(memo.find(text, start, end, 42)).toBe(symbol));
  });

  it('does not keep words longer than it stores, and they are never found', () => {
    const text = 'x'.repeat(65) + ' ' + 'y'.repeat(64);
    const memo = new RangeMemo();
    const [long, longest] = plainWords(text);
    memo.add(text, ...long!, 1);
    memo.add(text, ...longest!, 2);
    expect(memo.find(text, ...long!)).toBe(-1);
    expect(memo.find(text, ...longest!)).toBe(2);
  });

  it('grows, then starts afresh, and answers only what it was told throughout', () => {
    // 100,000 distinct words: more than the largest table holds (32,768), so it is cleared.
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const memo = new RangeMemo();
    const words = plainWords(text);
    const wrong: string[] = [];
    words.forEach(([start, end, hash], i) => {
      // Each word is new: nothing may be found for it before it is added, itself after.
      if (memo.find(text, start, end, hash) !== -1) wrong.push(`found before added: ${i}`);
      memo.add(text, start, end, hash, i + 1);
      if (memo.find(text, start, end, hash) !== i + 1) wrong.push(`not found after added: ${i}`);
    });
    // What is still held is right; what was dropped is not found.
    let held = 0;
    words.forEach(([start, end, hash], i) => {
      const found = memo.find(text, start, end, hash);
      if (found !== -1 && found !== i + 1) wrong.push(`wrong symbol: ${i}`);
      if (found !== -1) held += 1;
    });
    expect(wrong).toEqual([]);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(words.length);
  });
});
