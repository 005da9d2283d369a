/**
 * Exact search for a quote in a folded document. A quote may mark omitted
 * words ("[...]", "[…]", "…", "..."): its pieces must then appear in order, in
 * one passage, each within `MAX_OMISSION` characters of the one before.
 */
import { onWordBoundaries, trimEdges } from './quote-fold.ts';

/** Longest stretch of source text (folded characters) an omission mark may stand for. */
export const MAX_OMISSION = 300;

// After folding, "…" has become "..." (NFKC); brackets or parentheses may surround it.
const OMISSION = /\s*(?:[[(]\s*\.{2,}\s*[\])]|\.{3,})\s*/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits a folded quote at its omission marks into trimmed, non-empty pieces. */
export function quotePieces(foldedQuote: string): string[] {
  return foldedQuote
    .split(OMISSION)
    .map((piece) => piece.slice(...trimEdges(piece)))
    .filter((piece) => HAS_WORD.test(piece));
}

/** The folded quote with omission marks replaced by a space, for approximate search. */
export function withoutOmissions(foldedQuote: string): string {
  return quotePieces(foldedQuote).join(' ');
}

/** First occurrence of `piece` at or after `from` that starts and ends on word boundaries, or -1. */
function indexOfWords(text: string, piece: string, from: number): number {
  for (let at = text.indexOf(piece, from); at !== -1; at = text.indexOf(piece, at + 1)) {
    if (onWordBoundaries(text, at, piece.length)) return at;
  }
  return -1;
}

/**
 * Finds the pieces in order in `text`, each starting at most `maxGap`
 * characters after the previous one ends; returns each piece's [start, end).
 */
export function findPiecesInOrder(
  text: string,
  pieces: readonly string[],
  maxGap = MAX_OMISSION,
): Array<[number, number]> | null {
  const [first, ...rest] = pieces;
  if (first === undefined) return null;
  for (let at = indexOfWords(text, first, 0); at !== -1; at = indexOfWords(text, first, at + 1)) {
    const ranges: Array<[number, number]> = [[at, at + first.length]];
    // Taking the earliest next occurrence is optimal: it leaves the most room for the pieces after it.
    for (const piece of rest) {
      const previousEnd = ranges[ranges.length - 1]![1];
      const next = indexOfWords(text, piece, previousEnd);
      if (next === -1 || next - previousEnd > maxGap) break;
      ranges.push([next, next + piece.length]);
    }
    if (ranges.length === pieces.length) return ranges;
  }
  return null;
}
