/**
 * Reads a text into the token stream the claim automaton needs: only the
 * words some pattern contains (usually a few in a hundred), each with its
 * position among all words, its symbol, its range in the text and its
 * paragraph, in typed arrays. Every other word only counts, which is all a
 * gap (`~N`) needs of it, and leads the automaton back to its start.
 */
import { hasLineBreak } from '../text/tokenize.ts';
import { plainWord, scanWordRanges, type WordSink } from '../text/scan-words.ts';
import type { RangeMemo } from './range-memo.ts';

/** The words of a text that carry a pattern symbol, in text order; arrays are valid up to `count`. */
export interface KnownTokens {
  count: number;
  /** Position among all the text's words. */
  index: Int32Array;
  symbol: Int32Array;
  /** Offsets of the word in the text. */
  start: Int32Array;
  end: Int32Array;
  /** Paragraph: the number of line-break runs before the word (see text/tokenize.ts). */
  paragraph: Int32Array;
}

/**
 * Reads texts into known tokens, one text at a time. One reader serves a matcher for its
 * life, so its (hidden) class outlives every read: code optimised for it survives the
 * collections between pages instead of being thrown away with the last instance.
 */
export class TokenReader implements WordSink {
  #tokens = allocate(256);
  #text = '';
  #words = 0;
  #paragraph = 0;
  #previousEnd = -1;

  /**
   * `symbolOf` gives a normalised word's symbol, 0 for a word no pattern contains; `memo` keeps
   * the symbols of plain words by their units, so a repeated word builds no string.
   */
  constructor(
    readonly symbolOf: (word: string) => number,
    readonly memo: RangeMemo,
  ) {}

  /**
   * Scans text[from, to) once and returns its known tokens, with offsets in `text`, valid until
   * the next read: the arrays are the reader's, kept from one text to the next, so a long page
   * does not allocate (and the system zero and map) megabytes of fresh memory for them on every read.
   */
  read(text: string, from = 0, to = text.length): KnownTokens {
    this.#tokens.count = 0;
    this.#text = text;
    this.#words = 0;
    this.#paragraph = 0;
    this.#previousEnd = -1;
    scanWordRanges(text, this, from, to);
    this.#text = '';
    return this.#tokens;
  }

  /** A plain word: its symbol from the memo, or worked out from its string and memoised. */
  plain(start: number, end: number, hash: number, lastBreak: number): void {
    let symbol = this.memo.find(this.#text, start, end, hash);
    if (symbol < 0) {
      symbol = this.symbolOf(plainWord(this.#text, start, end, hash));
      this.memo.add(this.#text, start, end, hash, symbol);
    }
    // The scanner saw every character before the word: no need to read the gap again.
    this.#read(symbol, start, end, this.#previousEnd >= 0 && lastBreak >= this.#previousEnd);
  }

  /** Any other word: its symbol from its normalised string. */
  word(word: string, start: number, end: number): void {
    const broken = this.#previousEnd >= 0 && hasLineBreak(this.#text, this.#previousEnd, start);
    this.#read(this.symbolOf(word), start, end, broken);
  }

  // `broken`: a line break separates the word from the one before, which starts a paragraph.
  #read(symbol: number, start: number, end: number, broken: boolean): void {
    if (broken) this.#paragraph += 1;
    this.#previousEnd = end;
    if (symbol !== 0) {
      let tokens = this.#tokens;
      if (tokens.count === tokens.index.length) tokens = this.#tokens = grow(tokens, tokens.count * 2);
      const k = tokens.count++;
      tokens.index[k] = this.#words;
      tokens.symbol[k] = symbol;
      tokens.start[k] = start;
      tokens.end[k] = end;
      tokens.paragraph[k] = this.#paragraph;
    }
    this.#words += 1;
  }
}

/**
 * The slot of the known token at word position `index` (which must be one), at or after slot
 * `from`: a walk, for callers that ask in ascending order or about a token just after another.
 */
export function slotFrom(tokens: KnownTokens, from: number, index: number): number {
  let slot = from;
  while (tokens.index[slot]! < index) slot += 1;
  return slot;
}

function allocate(capacity: number): KnownTokens {
  const array = () => new Int32Array(capacity);
  return { count: 0, index: array(), symbol: array(), start: array(), end: array(), paragraph: array() };
}

function grow(tokens: KnownTokens, capacity: number): KnownTokens {
  const bigger = allocate(capacity);
  for (const key of ['index', 'symbol', 'start', 'end', 'paragraph'] as const) bigger[key].set(tokens[key]);
  bigger.count = tokens.count;
  return bigger;
}
