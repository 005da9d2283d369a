/**
 * Quote verification: is a quote on a page verbatim in a source document, an
 * altered rendering of one of its passages (with the word-level difference),
 * or not found at all?
 *
 * Verbatim ignores only case, whitespace, quotation marks, dashes and marks of
 * omitted words. Anything else goes to approximate search (quote-variant.ts),
 * which searches at most the quote's first `MAX_VARIANT_CHARS` characters.
 */
import type { Corpus } from '../corpus/corpus.ts';
import { toOriginalRange } from '../text/normalize.ts';
import { balanceQuoteMarks, foldForQuotes, foldedDocuments, type FoldedDocument } from './quote-fold.ts';
import { findPiecesInOrder, quotePieces, withoutOmissions } from './quote-verbatim.ts';
import { findVariants } from './quote-variant.ts';

/**
 * How a quote relates to the corpus. `translation`: matched nothing, and is in a language none
 * of its speaker's sources is in, so it cannot be checked word for word (quotes/translation.ts).
 */
export type QuoteVerdict = 'verbatim' | 'variant' | 'not-found' | 'translation';

/** One run of a word diff: `added` is only in the page's quote; `removed` only in the source passage. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A source passage a quote matches or most nearly matches. */
export interface QuoteMatch {
  documentId: string;
  /** Offsets of the passage in the document's ORIGINAL text. */
  start: number;
  end: number;
  /** `document.text.slice(start, end)`. */
  passage: string;
  /** 0..1. */
  similarity: number;
  /** Word-level; all 'same' for verbatim, except words left out at an omission mark, which are 'removed'. */
  diff: DiffPart[];
}

/** The verdict and its evidence. Verbatim: every source containing the quote; variant: the closest passages; not-found: none. */
export interface QuoteCheck {
  verdict: QuoteVerdict;
  similarity: number;
  /** Best first. */
  matches: QuoteMatch[];
}

/** Longest stretch of a quote searched approximately; longer quotes are compared by their beginning. */
export const MAX_VARIANT_CHARS = 400;

const NOT_FOUND: QuoteCheck = { verdict: 'not-found', similarity: 0, matches: [] };

/** Builds the verbatim match in one document, or null when the quote is not in it. */
function verbatimMatch(document: FoldedDocument, pieces: readonly string[]): QuoteMatch | null {
  const ranges = findPiecesInOrder(document.folded.text, pieces);
  if (!ranges) return null;
  const source = document.folded.source;
  const original = ranges.map(([start, end]) =>
    balanceQuoteMarks(source, ...toOriginalRange(document.folded, start, end)),
  );
  const diff: DiffPart[] = [];
  original.forEach(([start, end], i) => {
    const previousEnd = original[i - 1]?.[1];
    if (previousEnd !== undefined) diff.push({ kind: 'removed', text: source.slice(previousEnd, start) });
    diff.push({ kind: 'same', text: source.slice(start, end) });
  });
  const start = original[0]![0];
  const end = original[original.length - 1]![1];
  return { documentId: document.documentId, start, end, passage: source.slice(start, end), similarity: 1, diff };
}

/** The quote's beginning, cut at a space so that no word is split. */
function capQuote(text: string): string {
  if (text.length <= MAX_VARIANT_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_VARIANT_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_VARIANT_CHARS);
}

/** Checks a quote against every source document in the corpus. */
export function checkQuote(text: string, corpus: Corpus): QuoteCheck {
  if (typeof text !== 'string') return NOT_FOUND;
  const pieces = quotePieces(foldForQuotes(text).text);
  if (pieces.length === 0) return NOT_FOUND;
  const verbatim = foldedDocuments(corpus)
    .map((document) => verbatimMatch(document, pieces))
    .filter((match) => match !== null);
  if (verbatim.length > 0) return { verdict: 'verbatim', similarity: 1, matches: verbatim };
  const original = capQuote(text.trim());
  const variants = findVariants({ key: withoutOmissions(foldForQuotes(original).text), original }, corpus);
  const best = variants[0];
  return best ? { verdict: 'variant', similarity: best.similarity, matches: variants } : NOT_FOUND;
}
