/**
 * Reads a text into the token stream the claim automaton needs: only the
 * words some pattern contains (usually a few in a hundred), each with its
 * position among all words, its symbol, its range in the text and its
 * paragraph, in typed arrays. Every other word only counts, which is all a
 * gap (`~N`) needs of it, and leads the automaton back to its start.
 */
import { hasLineBreak } from '../text/tokenize.ts';
import { scanWords } from '../text/scan-words.ts';

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

/** Scans `text` once; `symbolOf` gives a normalised word's symbol, 0 for a word no pattern contains. */
export function readKnownTokens(text: string, symbolOf: (word: string) => number): KnownTokens {
  let capacity = 256;
  let tokens = allocate(capacity);
  let words = 0;
  let paragraph = 0;
  let previousEnd = -1;
  scanWords(text, (word, start, end) => {
    if (previousEnd >= 0 && hasLineBreak(text, previousEnd, start)) paragraph += 1;
    previousEnd = end;
    const symbol = symbolOf(word);
    if (symbol !== 0) {
      if (tokens.count === capacity) tokens = grow(tokens, (capacity *= 2));
      const k = tokens.count++;
      tokens.index[k] = words;
      tokens.symbol[k] = symbol;
      tokens.start[k] = start;
      tokens.end[k] = end;
      tokens.paragraph[k] = paragraph;
    }
    words += 1;
  });
  return tokens;
}

/** The slot of the known token at word position `index` (which must be one). */
export function slotOf(tokens: KnownTokens, index: number): number {
  let low = 0;
  let high = tokens.count - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens.index[mid]! < index) low = mid + 1;
    else high = mid;
  }
  return low;
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
