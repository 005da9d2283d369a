import { describe, expect, it } from 'vitest';
import { generatedText } from '../../../tests/support/match-texts.ts';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { compileClaimMatcher } from './find-claims.ts';

// A matcher keeps its token reader, word memo and chain finder from one text to the next:
// nothing of one text may change what it finds in another.
describe('a matcher used for many texts', () => {
  const claims = [...builtinCorpus().claims.values()];

  it('finds in each text what a new matcher finds in it', () => {
    const texts = [generatedText(60_000, 5), generatedText(60_000, 6), '', 'Facebook', generatedText(60_000, 5)];
    const reused = compileClaimMatcher(claims);
    for (const text of texts) expect(reused.find(text)).toEqual(compileClaimMatcher(claims).find(text));
  });

  it('finds in a range of a text what it finds in that slice, at offsets in the text', () => {
    const text = generatedText(60_000, 7);
    const matcher = compileClaimMatcher(claims);
    for (const [from, to] of [
      [0, text.length],
      [1_234, 30_000],
      [29_999, 59_000],
    ] as const) {
      const inSlice = matcher.find(text.slice(from, to));
      expect(inSlice.length).toBeGreaterThan(0);
      expect(matcher.find(text, from, to)).toEqual(
        inSlice.map((match) => ({ ...match, start: match.start + from, end: match.end + from })),
      );
    }
  });
});
