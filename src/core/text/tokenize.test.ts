import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const stems = (text: string) => tokenize(text).map((token) => token.stem);
/** The original text of every token: offsets must map back exactly. */
const spans = (text: string) => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('tokenize', () => {
  it('gives stemmed, case-folded words without punctuation', () => {
    expect(stems('Facebook GRANTED exclusive access!')).toEqual(['facebook', 'grant', 'exclus', 'access']);
  });

  it('keeps decimals and thousands together and drops a possessive', () => {
    expect(stems('3.2 million, 1,000 users; Facebook’s policy.')).toEqual([
      '3.2',
      'million',
      '1,000',
      'user',
      'facebook',
      'polici',
    ]);
    expect(spans('Facebook’s policy')).toEqual(['Facebook', 'policy']);
  });

  it('splits at hyphens and dashes but not at soft hyphens', () => {
    expect(stems('post-Soviet—region')).toEqual(['post', 'soviet', 'region']);
    expect(stems('exclu\u00ADsive')).toEqual(['exclus']);
    expect(spans('an exclu\u00ADsive deal')).toEqual(['an', 'exclu\u00ADsive', 'deal']);
  });

  it('maps offsets into the original text through quotes, NBSP and full-width forms', () => {
    const text = '  «Content\u00A0Reporting» ＣＲＳ, “direct”';
    expect(spans(text)).toEqual(['Content', 'Reporting', 'ＣＲＳ', 'direct']);
  });

  it('counts paragraphs at every line break run, single or double', () => {
    const tokens = tokenize('one two\nthree\n\n\nfour\r\nfive');
    expect(tokens.map((token) => token.paragraph)).toEqual([0, 0, 1, 2, 3]);
  });

  it('tokenises Russian with the Russian stemmer and Kazakh with the Kazakh one', () => {
    expect(stems('Эксклюзивного доступа')).toEqual(['эксклюзивн', 'доступ']);
    expect(stems('Қазақстанның үкіметі')).toEqual(stems('Қазақстан үкімет'));
  });

  it('returns nothing for text without words', () => {
    expect(tokenize(' — «» ... \n')).toEqual([]);
  });
});
