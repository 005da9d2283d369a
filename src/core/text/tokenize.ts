/**
 * Splits text into stemmed word tokens for claim matching, each with its range
 * in the ORIGINAL text (so a highlighter can mark exactly those characters)
 * and the paragraph it sits in (so a match never spans two paragraphs).
 *
 * A word is a run of letters, digits and combining marks; an apostrophe
 * between letters and a point or comma between digits stay inside it ("don't",
 * "3.2", "1,000"). Hyphens and dashes split words ("post-Soviet" is two).
 * A trailing possessive "'s" is dropped from the token and from its range.
 *
 * Paragraphs: every line break (or run of them) starts a new paragraph. The
 * extension's text extraction emits a single "\n" between blocks, so a single
 * line break has to count; a `<br>` inside a paragraph therefore also stops a
 * match, which is the safer way to be wrong.
 */
import { normalizeText, toOriginalRange } from './normalize.ts';
import { stemWord } from './stem.ts';

/** One word of the text: its stem and where it sits in the original text. */
export interface Token {
  /** The normalised, stemmed word. */
  stem: string;
  /** Offset of its first character in the original text. */
  start: number;
  /** Offset just past its last character in the original text. */
  end: number;
  /** Index of its paragraph: the number of line-break runs before it. */
  paragraph: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:'|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** Tokenises text into stemmed word tokens with offsets into the ORIGINAL text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let previousEnd = -1;
  eachWord(text, (word, start, end) => {
    if (previousEnd >= 0 && hasLineBreak(text, previousEnd, start)) paragraph += 1;
    tokens.push({ stem: stemWord(word), start, end, paragraph });
    previousEnd = end;
  });
  return tokens;
}

/**
 * Calls `onWord` with every normalised word of `text` (possessive dropped) and its range in `text`:
 * the reference definition of a word, which the claim matcher's fast scanner reproduces.
 */
export function eachWord(text: string, onWord: (word: string, start: number, end: number) => void): void {
  const normalized = normalizeText(text);
  for (const match of normalized.text.matchAll(WORD)) {
    const word = match[0].endsWith("'s") ? match[0].slice(0, -2) : match[0];
    const [start, end] = toOriginalRange(normalized, match.index, match.index + word.length);
    onWord(word, start, end);
  }
}

/** Whether `text` has a line break between `from` and `to`: a paragraph break for the tokenizer. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the UTF-16 unit `code` is a line break: LF, VT, FF, CR, NEL or a line or paragraph separator. */
export function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}
