import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_CHARS, pairQuoteMarks } from './quote-marks.ts';

/** The inner text of each pair found in the whole text. */
const inner = (text: string) =>
  pairQuoteMarks(text, 0, text.length).map(({ open, close }) => text.slice(open + 1, close));

describe('pairQuoteMarks', () => {
  it('pairs each convention, nesting «» and leaving inner marks alone', () => {
    expect(inner('a “one” b "two" c „three“ d ‘four’ e \'five\' f')).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(inner('«внешняя «внутренняя» и „ещё“ цитата» и «вторая»')).toEqual([
      'внешняя «внутренняя» и „ещё“ цитата',
      'вторая',
    ]);
  });

  it('accepts a closing “ typed for ” when nothing else can close it', () => {
    expect(inner('“We follow one process. “McConaghy said.')).toEqual(['We follow one process. ']);
  });

  it('skips an opening mark with no closer of its own, keeping the quotation after it', () => {
    expect(inner('a “stray. Then “real words here,” he said.')).toEqual(['real words here,']);
    expect(inner('a "stray. Then "real words here," he said.')).toEqual(['real words here,']);
    expect(inner('a “stray. Then „real words here“.')).toEqual(['real words here']);
    expect(inner('a « stray «and» another «real words here»')).toEqual(['and', 'real words here']);
  });

  it('leaves apostrophes alone and ignores quotations longer than the limit', () => {
    expect(inner("It's the company's 'policy' now")).toEqual(['policy']);
    expect(inner(`“${'x'.repeat(MAX_QUOTE_CHARS)}”`)).toEqual([]);
    expect(inner(`“${'x'.repeat(MAX_QUOTE_CHARS - 2)}”`)).toHaveLength(1);
  });

  it('pairs only within the given range', () => {
    const text = '“one” “two” “three”';
    expect(pairQuoteMarks(text, 6, 11)).toEqual([{ open: 6, close: 10 }]);
  });
});
