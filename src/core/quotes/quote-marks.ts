/**
 * Pairs opening and closing quotation marks within one paragraph. Pages mix
 * conventions (“…”, "…", «…», „…“, ‘…’, '…') and make mistakes (a closing “
 * where ” belongs, an opening mark never closed), and apostrophes look like
 * single quotes, so each opening mark has its own idea of what closes it.
 *
 * Closers are indexed once per paragraph, so that a page full of stray marks
 * costs time linear in its length, not one scan per stray mark.
 */
import { isWordChar } from './quote-fold.ts';

/** Offsets of an opening mark and the mark that closes it. */
export interface MarkPair {
  open: number;
  close: number;
}

/** Longest quotation looked for: a mark whose closer is further away than this is stray. */
export const MAX_QUOTE_CHARS = 3000;

type CloserTest = (text: string, i: number) => boolean;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
/** Every character a closer test below can accept: each test adds its own. */
const closingMarks = new Set<string>();
const oneOf = (chars: string): CloserTest => {
  for (const ch of chars) closingMarks.add(ch);
  return (text, i) => chars.includes(text[i]!);
};
// A single quote closes only where it cannot be an apostrophe: not between two letters.
const singleCloser = (mark: string): CloserTest => {
  closingMarks.add(mark);
  return (text, i) => text[i] === mark && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
};

/** What closes each opening mark; a closing “ after an opening “ is a common typo for ”. «» nest and are matched apart. */
const CLOSERS: Record<string, CloserTest> = {
  '“': oneOf('”“'),
  '„': oneOf('“”'),
  '«': oneOf('»'),
  '‘': singleCloser('’'),
  '"': oneOf('"'),
  "'": singleCloser("'"),
};
// “ and „ are closed by the same marks, so they share one index.
const INDEX_KEY: Record<string, string> = { '„': '“' };
const LINEAR_MARKS = ['“', '‘', '"', "'"];
/** 1 at the code of every mark that can open (a key of CLOSERS) or close a quotation: a UTF-16 unit's table. */
const IS_MARK = new Uint8Array(0x10000);
for (const mark of [...Object.keys(CLOSERS), ...closingMarks]) IS_MARK[mark.charCodeAt(0)] = 1;

/** Whether the mark at `i` can open a quotation (straight and single marks only at a word's start). */
function opens(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!(ch in CLOSERS)) return false;
  if (isSpace(text[i + 1])) return false;
  if (ch === "'" || ch === '‘') return !isWordChar(text[i - 1]);
  return true;
}

/** The index of the first value in ascending `positions` greater than `after` (the length if none). */
function indexAfter(positions: readonly number[], after: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first value in ascending `positions` greater than `after`, or -1. */
function firstAfter(positions: readonly number[], after: number): number {
  return positions[indexAfter(positions, after)] ?? -1;
}

/** The last value in ascending `positions` less than `before`, or -1. */
function lastBefore(positions: readonly number[], before: number): number {
  return positions[indexAfter(positions, before - 1) - 1] ?? -1;
}

/** Where the marks of one paragraph can close, indexed in a single pass. */
class ParagraphMarks {
  /** Offsets of every mark that can open a quotation. */
  readonly openers: number[] = [];
  private readonly closers = new Map<string, number[]>(LINEAR_MARKS.map((mark) => [mark, []]));
  /** « to its », matched like brackets, which is what counting nested «» amounts to. */
  private readonly guillemets = new Map<number, number>();

  constructor(
    private readonly text: string,
    from: number,
    to: number,
  ) {
    const open: number[] = [];
    for (let i = from; i < to; i += 1) {
      // Nearly every character is no mark at all: it opens and closes nothing.
      if (IS_MARK[text.charCodeAt(i)] === 0) continue;
      if (opens(text, i)) this.openers.push(i);
      if (text[i] === '«') open.push(i);
      else if (text[i] === '»' && open.length > 0) this.guillemets.set(open.pop()!, i);
      for (const mark of LINEAR_MARKS) if (CLOSERS[mark]!(text, i)) this.closers.get(mark)!.push(i);
    }
  }

  /** The offset of the mark closing the one at `open`, or -1. */
  closerOf(open: number): number {
    const mark = this.text[open]!;
    const close =
      mark === '«'
        ? (this.guillemets.get(open) ?? -1)
        : firstAfter(this.closers.get(INDEX_KEY[mark] ?? mark) ?? [], open);
    return close !== -1 && close - open <= MAX_QUOTE_CHARS ? close : -1;
  }

  /**
   * Whether the closer found for `open` belongs to another quotation: it opens
   * one itself (a stray " before `"Real quote," she said`), or the nearest
   * opening mark before it is closed by it (a stray “ before „…“).
   */
  closesAnother(open: number, close: number, from: number): boolean {
    const text = this.text;
    if ((close === from || isSpace(text[close - 1])) && opens(text, close) && this.closerOf(close) !== -1) return true;
    const nearest = lastBefore(this.openers, close);
    return nearest > open && this.closerOf(nearest) === close;
  }
}

/** The outermost quotation mark pairs in text[from, to); marks nested inside a pair are left alone. */
export function pairQuoteMarks(text: string, from: number, to: number): MarkPair[] {
  const marks = new ParagraphMarks(text, from, to);
  const pairs: MarkPair[] = [];
  let after = from - 1;
  for (const open of marks.openers) {
    if (open <= after) continue;
    const close = marks.closerOf(open);
    // A mark with no closer of its own must not take the next quotation's marks.
    if (close === -1 || (text[open] !== '«' && marks.closesAnother(open, close, from))) continue;
    pairs.push({ open, close });
    after = close;
  }
  return pairs;
}
