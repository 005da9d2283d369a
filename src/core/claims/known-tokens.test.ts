import { describe, expect, it } from 'vitest';
import { generatedText } from '../../../tests/support/match-texts.ts';
import { random } from '../../../tests/support/random.ts';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { stemWord } from '../text/stem.ts';
import { eachWord, hasLineBreak } from '../text/tokenize.ts';
import { compileClaimTables } from './claim-tables.ts';
import { TokenReader, type KnownTokens } from './known-tokens.ts';
import { RangeMemo } from './range-memo.ts';

type Row = [index: number, symbol: number, start: number, end: number, paragraph: number];

// The full path, as the matcher read a text before the range memo: every word as eachWord
// (the reference definition of a word) gives it, normalised, stemmed and looked up.
function fullPath(text: string, symbolOf: (word: string) => number): Row[] {
  const rows: Row[] = [];
  let words = 0;
  let paragraph = 0;
  let previousEnd = -1;
  eachWord(text, (word, start, end) => {
    if (previousEnd >= 0 && hasLineBreak(text, previousEnd, start)) paragraph += 1;
    previousEnd = end;
    const symbol = symbolOf(word);
    if (symbol !== 0) rows.push([words, symbol, start, end, paragraph]);
    words += 1;
  });
  return rows;
}

const rowsOf = (tokens: KnownTokens): Row[] =>
  Array.from({ length: tokens.count }, (_, k) => [
    tokens.index[k]!,
    tokens.symbol[k]!,
    tokens.start[k]!,
    tokens.end[k]!,
    tokens.paragraph[k]!,
  ]);

// The pack's stems, as the matcher has them: most words of a page are not among them.
const tables = compileClaimTables([...builtinCorpus().claims.values()]);
const packSymbols = new Map(tables.stems.map((stem, index) => [stem, index + 1]));
const packSymbolOf = (word: string) => packSymbols.get(stemWord(word)) ?? 0;

// Every stem known, each its own symbol: every word is kept, so each one is compared.
function everyStem(): (word: string) => number {
  const symbols = new Map<string, number>();
  return (word) => {
    const stem = stemWord(word);
    let symbol = symbols.get(stem);
    if (symbol === undefined) symbols.set(stem, (symbol = symbols.size + 1));
    return symbol;
  };
}

// Words a shortcut would get wrong: apostrophes and possessives, combining marks, ligatures and
// full-width forms, Cyrillic and Kazakh letters, ё and е, capitals, digits with points, short words.
const TRICKY = [
  "don't Meta's Facebook’s Facebook's FACEBOOK’S ’s 's x'' ''y it's' rock'n'roll l’accès",
  'cafe\u0301 café CAFÉ e\u0301 \u0301alone a\u0301b',
  'ﬁne ﬂow Ｆａｃｅｂｏｏｋ Ｍｅｔａ ℡ ㎏ ² ①',
  'Қазақстан ҚАЗАҚСТАН қазақстанның Казахстан КАЗАХСТАНА мәлімдемесінде үкіметі',
  'Ёлка ёлка елка ЁЖ ёж еж всё все',
  'Facebook FACEBOOK facebook FaceBook Meta META meta',
  '3.2 3,2 1,000 1.000.000 3. .2 a.b 4.x x.4 2021',
  'a I of to in я и в a\u00adb zero\u200bwidth \ufeffbom',
  'İstanbul ΑΣ ς ß ǅ \u{1d400}bc 😀x',
  'line\nbreak\r\nand\u2028sep\u0085next\n\n\npara',
  // Line breaks where the scanner meets them last: joined to a mark, inside a run, ending one.
  'a\n\u0301b c\u0085 d e\u0085f g\r\n\u0301h don\'t\nit\'s\u2029x 3.2\ny a.\nb "q"\n"r" \u0301\n\u0301 z',
  'x'.repeat(70) + ' ' + 'ab'.repeat(40) + ' ' + 'Я'.repeat(65),
];

describe('TokenReader (the range memo and the scanner) reads what the full path reads', () => {
  for (const text of TRICKY) {
    it(`on ${JSON.stringify(text.slice(0, 40))}`, () => {
      for (const symbolOf of [packSymbolOf, everyStem()]) {
        const reader = new TokenReader(symbolOf, new RangeMemo());
        const expected = fullPath(text, symbolOf);
        expect(rowsOf(reader.read(text))).toEqual(expected);
        // Again, with the memo holding this text's words: the memoised path must agree too.
        expect(rowsOf(reader.read(text))).toEqual(expected);
      }
    });
  }

  it('with a line break on either side of where the scanner cuts the text into slices', () => {
    // The scanner reads 4,096 characters at a time and carries the last line break across.
    for (let at = 4090; at <= 4100; at += 1) {
      const text = 'ab '.repeat(1400).slice(0, at) + '\n' + 'cd '.repeat(10);
      const reader = new TokenReader(packSymbolOf, new RangeMemo());
      const everyWord = everyStem();
      expect(rowsOf(reader.read(text))).toEqual(fullPath(text, packSymbolOf));
      expect(rowsOf(new TokenReader(everyWord, new RangeMemo()).read(text))).toEqual(fullPath(text, everyWord));
    }
  });

  it('on generated pages with Unicode noise, read one after another by one reader', () => {
    const symbolOf = everyStem();
    const reader = new TokenReader(symbolOf, new RangeMemo());
    for (const seed of [1, 2, 3, 1]) {
      const text = generatedText(100_000, seed);
      expect(rowsOf(reader.read(text))).toEqual(fullPath(text, symbolOf));
    }
  });

  it('on random words of tricky letters, enough to fill the memo and start it afresh', () => {
    const next = random(20261130);
    const letters = [...'abcxyzABCXYZаяёЁеқҚәӘіІ0123456789', "'", '’', '.', ',', '\u0301', 'ﬁ', 'ß'];
    const separators = [' ', ' ', ' ', '\n', ', ', '-', '“', '\u00a0'];
    const parts: string[] = [];
    // About 60,000 distinct short words: past the memo's largest size, so it is cleared on the way.
    for (let i = 0; i < 120_000; i += 1) {
      const length = 1 + Math.floor(next() * 6);
      for (let k = 0; k < length; k += 1) parts.push(letters[Math.floor(next() * letters.length)]!);
      parts.push(separators[Math.floor(next() * separators.length)]!);
    }
    const text = parts.join('');
    const symbolOf = everyStem();
    const reader = new TokenReader(symbolOf, new RangeMemo());
    const expected = fullPath(text, symbolOf);
    expect(rowsOf(reader.read(text))).toEqual(expected);
    expect(rowsOf(reader.read(text))).toEqual(expected);
  });
});
