import { describe, expect, it } from 'vitest';
import { random } from '../../../tests/support/random.ts';
import { plainWord, scanWordRanges, scanWords } from './scan-words.ts';
import { eachWord } from './tokenize.ts';

type Word = [word: string, start: number, end: number];

const collect = (scan: typeof scanWords, text: string): Word[] => {
  const words: Word[] = [];
  scan(text, (word, start, end) => words.push([word, start, end]));
  return words;
};

// The traps: every place where a shortcut in normalisation would split or join words differently.
const TRAPS = [
  'Facebook GRANTED exclusive access!',
  "don't Meta's Facebook’s `quoted` l'accès",
  "Kazakhstan’s rock'n'roll 'quoted' x''y Meta’S ’s a's's it's' s's 1'2 ´s ʼs l’ß",
  '3.2 million, 1,000 users; 3. 2 and a.b and 4.x and x.4 and .5 and 5. and 1,2,3',
  'exclu\u00ADsive zero\u200Bwidth a\u2060b \uFEFFbom',
  'e\u0301galite\u0301 cafe\u0301 a \u0301 b .\u0301 ,\u0301 -\u0301',
  'ﬁne Ｆａｃｅｂｏｏｋ ℡ ㎏ ² ①',
  'İstanbul ΑΣ ß ǅ',
  '\u{1d400}bc 😀x y😀',
  'post-Soviet—region «Мета» қазақ Ёлка ёж',
  'line\nbreak\r\nand\u2028sep\u0085next',
  'tab\there\u00a0nbsp\u3000ideo',
  '\u0001ctrl\u0002joined',
  '..., ,,, ...',
  '',
  ' ',
  '9.',
  '.9',
];

describe('scanWords', () => {
  for (const text of TRAPS) {
    it(`finds what eachWord finds in ${JSON.stringify(text)}`, () => {
      expect(collect(scanWords, text)).toEqual(collect(eachWord, text));
    });
  }

  it('finds the same words as eachWord in every BMP character next to letters and digits', () => {
    // Each character alone, then between letters and between digits: one comparison covers its class.
    const parts: string[] = [];
    for (let code = 1; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      parts.push(`a${char}b 1${char}2 ${char} `);
    }
    const text = parts.join('\n');
    expect(collect(scanWords, text)).toEqual(collect(eachWord, text));
  });

  it('finds in a range of a text exactly the words of that slice, at offsets in the text', () => {
    // Cut anywhere, in the traps too: next to a point between digits, before a combining mark,
    // inside an apostrophe, a surrogate pair or a possessive.
    const text = TRAPS.join('\n');
    const next = random(7);
    for (let cut = 0; cut < 400; cut += 1) {
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 1));
      const words: Word[] = [];
      scanWordRanges(
        text,
        {
          plain: (start, end, hash) => words.push([plainWord(text, start, end, hash), start, end]),
          word: (word, start, end) => words.push([word, start, end]),
        },
        from,
        to,
      );
      const slice = collect(eachWord, text.slice(from, to));
      expect(words, `[${from}, ${to})`).toEqual(slice.map(([word, start, end]) => [word, start + from, end + from]));
    }
  });
});
