/**
 * Pairs opening and closing quotation marks within one paragraph. Pages mix
 * conventions (“…”, "…", «…», „…“, ‘…’, '…') and make mistakes (a closing “
 * where ” belongs), and apostrophes look like single quotes, so each opening
 * mark has its own idea of what closes it.
 */
import { isWordChar } from './quote-fold.ts';

/** Offsets of an opening mark and the mark that closes it. */
export interface MarkPair {
  open: number;
  close: number;
}

/** Longest quotation looked for: bounds the search for a closing mark, so stray marks cost little. */
export const MAX_QUOTE_CHARS = 3000;

type CloserTest = (text: string, i: number) => boolean;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const oneOf =
  (chars: string): CloserTest =>
  (text, i) =>
    chars.includes(text[i]!);
// A single quote closes only where it cannot be an apostrophe: not between two letters.
const singleCloser =
  (mark: string): CloserTest =>
  (text, i) =>
    text[i] === mark && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);

/** What closes each opening mark; a closing “ after an opening “ is a common typo for ”. */
const CLOSERS: Record<string, CloserTest> = {
  '“': oneOf('”“'),
  '„': oneOf('“”'),
  '«': oneOf('»'),
  '‘': singleCloser('’'),
  '"': oneOf('"'),
  "'": singleCloser("'"),
};

/** Whether the mark at `i` can open a quotation (straight and single marks only at a word's start). */
function opens(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!(ch in CLOSERS)) return false;
  if (isSpace(text[i + 1])) return false;
  if (ch === "'" || ch === '‘') return !isWordChar(text[i - 1]);
  return true;
}

/** The offset of the mark closing the one at `open`, before `end`, or -1; «» nest. */
function findCloser(text: string, open: number, paragraphEnd: number): number {
  const mark = text[open]!;
  const end = Math.min(paragraphEnd, open + 1 + MAX_QUOTE_CHARS);
  const closes = CLOSERS[mark]!;
  let depth = 0;
  for (let i = open + 1; i < end; i += 1) {
    if (mark === '«' && text[i] === '«') depth += 1;
    else if (closes(text, i)) {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

/** The outermost quotation mark pairs in text[from, to); marks nested inside a pair are left alone. */
export function pairQuoteMarks(text: string, from: number, to: number): MarkPair[] {
  const pairs: MarkPair[] = [];
  for (let i = from; i < to; i += 1) {
    if (!opens(text, i)) continue;
    const close = findCloser(text, i, to);
    if (close === -1) continue;
    pairs.push({ open: i, close });
    i = close;
  }
  return pairs;
}
