import { describe, expect, it } from 'vitest';
import { random as seeded, randomText } from '../../../tests/support/random.ts';
import { findSpeechVerbs, VERB_STEMS, VERBS } from './speech-verbs.ts';

// The pattern findSpeechVerbs replaced, kept as the reference it must equal: one alternation over
// the whole text, the two-word verbs among the others.
const REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${[...VERBS, ...VERB_STEMS.map((stem) => `${stem}\\p{L}*`), 'according to', 'по словам'].join('|')})(?![\\p{L}])`,
  'giu',
);
const reference = (text: string) =>
  [...text.matchAll(REFERENCE)].map((match) => ({ index: match.index, text: match[0] }));

describe('findSpeechVerbs', () => {
  it('finds the verbs the pattern found', () => {
    const cases = [
      '"We never agreed," McConaghy said.',
      'SAID Said sAiD saidx xsaid said1 1said',
      'according to Balaeva; According  to; according\tto; according to-day; according toe; Accordingly to',
      '«Нет», — заявил он. Заявила, ЗАЯВИЛИ; сказа́л; по словам министра; По Словам; по  словам; по\u00a0словам',
      'Ол айтты: «…» деді. Жазды, мәлімдеді; мәлімдеме',
      // Letters that fold onto the verbs' letters under case-insensitive Unicode matching.
      'ſaid ſtates ᲃказал İnsisted',
      'comment comments commented commenting',
      '𝐀said said𝐀 по словам𝐀',
      '',
    ];
    for (const text of cases) expect(findSpeechVerbs(text), text).toEqual(reference(text));
  });

  it('agrees with the pattern on seeded random text', () => {
    const random = seeded(33);
    const pieces = [
      'said',
      'SAYS',
      'according',
      'to',
      'по',
      'словам',
      'заявил',
      'сказа',
      'деді',
      'x',
      ' ',
      '  ',
      ',',
      '-',
      '\u0301',
      '𝐀',
      '1',
      'ſ',
      'ᲃ',
      '\n',
    ];
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random, pieces, 8);
      expect(findSpeechVerbs(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
