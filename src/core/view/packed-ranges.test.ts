import { describe, expect, it } from 'vitest';
import type { HighlightRange } from './highlight-range.ts';
import { packRanges, unpackRanges } from './packed-ranges.ts';

const claim = (start: number, end: number, label = 'joint statement — claim, disputed'): HighlightRange => ({
  start,
  end,
  className: 'counterpoint-claim',
  attributes: { 'data-claim': 'joint-statement', 'data-claim-status': 'disputed' },
  label,
});

describe('packed ranges', () => {
  it('send each look once and come back equal, in order', () => {
    const quote: HighlightRange = {
      start: 40,
      end: 90,
      className: 'counterpoint-quote',
      attributes: { 'data-quote-verdict': 'verbatim', 'data-quote-index': '0' },
      label: 'quote check: verbatim in the sources',
    };
    const ranges = [claim(0, 15), quote, claim(100, 115), claim(200, 215, 'another name')];
    const packed = packRanges(ranges);
    expect(packed.looks).toHaveLength(3);
    expect(packed.spans).toEqual([0, 15, 0, 40, 90, 1, 100, 115, 0, 200, 215, 2]);
    expect(unpackRanges(JSON.parse(JSON.stringify(packed)))).toEqual(ranges);
    expect(unpackRanges(packRanges([]))).toEqual([]);
  });

  it('tell looks apart by every attribute', () => {
    const quiet = { ...claim(20, 35), attributes: { ...claim(0, 0).attributes, 'data-emphasis': 'quiet' } };
    expect(packRanges([claim(0, 15), quiet]).looks).toHaveLength(2);
  });

  it('tell apart looks that share one attributes object, and join equal ones that do not', () => {
    const attributes = { 'data-claim': 'joint-statement' };
    const shared = (start: number, className: string, label: string): HighlightRange => ({
      start,
      end: start + 5,
      className,
      attributes,
      label,
    });
    const packed = packRanges([
      shared(0, 'counterpoint-claim', 'a'),
      shared(10, 'counterpoint-claim', 'b'),
      shared(20, 'counterpoint-quote', 'a'),
      shared(30, 'counterpoint-claim', 'a'),
      { ...shared(40, 'counterpoint-claim', 'a'), attributes: { ...attributes } },
    ]);
    expect(packed.spans.filter((_, i) => i % 3 === 2)).toEqual([0, 1, 2, 0, 0]);
  });

  it('refuse a span whose look is missing', () => {
    expect(() => unpackRanges({ looks: [], spans: [0, 5, 0] })).toThrow(/has no look/);
  });
});
