import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+|[,.]/gu);

const texts = (quote: string, passage: string) => {
  const { parts } = wordDiff(quote, passage);
  const side = (kind: 'added' | 'removed') =>
    parts
      .filter((part) => part.kind === 'same' || part.kind === kind)
      .map((part) => part.text)
      .join('');
  return { parts, quoteSide: side('added'), passageSide: side('removed') };
};

describe('wordDiff', () => {
  it('is one same part when only case, quotation marks and dashes differ', () => {
    const result = wordDiff(
      'provide the "content reporting system" — to Kazakhstan',
      'provide the ‘Content Reporting System’ – to Kazakhstan',
    );
    expect(result.parts).toEqual([{ kind: 'same', text: 'provide the ‘Content Reporting System’ – to Kazakhstan' }]);
    expect(result).toMatchObject({ sameWords: 7, quoteWords: 7, passageWords: 7 });
  });

  it('shows a changed word as the source word removed, then the quote word added', () => {
    expect(wordDiff('independently of Meta', 'independent of Facebook').parts).toEqual([
      { kind: 'removed', text: 'independent ' },
      { kind: 'added', text: 'independently ' },
      { kind: 'same', text: 'of ' },
      { kind: 'removed', text: 'Facebook' },
      { kind: 'added', text: 'Meta' },
    ]);
  });

  it('shows inserted and deleted words on their own', () => {
    expect(wordDiff('issued its very own statement', 'issued its own statement').parts).toEqual([
      { kind: 'same', text: 'issued its ' },
      { kind: 'added', text: 'very ' },
      { kind: 'same', text: 'own statement' },
    ]);
    expect(wordDiff('issued its statement', 'issued its own statement').parts).toEqual([
      { kind: 'same', text: 'issued its ' },
      { kind: 'removed', text: 'own ' },
      { kind: 'same', text: 'statement' },
    ]);
  });

  it('treats punctuation as tokens and apostrophes as part of words', () => {
    const { parts, sameWords } = wordDiff("Facebook's policy, as stated", 'Facebook’s policy as stated');
    expect(parts).toEqual([
      { kind: 'same', text: 'Facebook’s policy ' },
      { kind: 'added', text: ', ' },
      { kind: 'same', text: 'as stated' },
    ]);
    expect(sameWords).toBe(4);
  });

  it('rebuilds the passage exactly, and the quote word for word, from its parts', () => {
    const quote = '«We follow a consistent process — regardless of any government», he said';
    const passage = '“We follow a consistent global process to assess individual claims – regardless of any government';
    const { quoteSide, passageSide } = texts(quote, passage);
    expect(passageSide).toBe(passage);
    expect(words(quoteSide)).toEqual(words(quote));
  });

  it('counts no words for text without any', () => {
    expect(wordDiff('', '— …')).toEqual({ parts: [], sameWords: 0, quoteWords: 0, passageWords: 0 });
  });
});
