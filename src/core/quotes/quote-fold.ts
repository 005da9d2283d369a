/**
 * The comparison form of text for quote checks: normalised (case, NFKC,
 * whitespace), with quotation marks dropped and dashes turned into spaces, and
 * a map back to the original offsets. Pages restyle exactly these characters
 * when they quote, so they must not decide whether a quote is verbatim.
 * Other punctuation is kept: a changed comma is a (small) change.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { Pack } from '../corpus/schema.ts';
import { normalizeText, type NormalizedText } from '../text/normalize.ts';
import { packFold, shippedFold, unpackFold, type ShippedFold } from './shipped-folds.ts';

/** A source document in comparison form. */
export interface FoldedDocument {
  documentId: string;
  folded: NormalizedText;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Sentence punctuation at a quote's edges belongs to the page's sentence, not to the quote.
const EDGE = /[\s.,;:!?]/;
const cache = new WeakMap<Corpus, FoldedDocument[]>();

/** Whether a character is part of a word (letter, digit or combining mark). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Folds text for quote comparison, keeping `toOriginal` so results map back to the original. */
export function foldForQuotes(input: string): NormalizedText {
  const base = normalizeText(input);
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < base.text.length; i += 1) {
    const ch = base.text[i]!;
    if (ch === '"' || ch === "'") continue;
    const isSpace = ch === ' ' || ch === '-';
    if (isSpace && lastWasSpace) continue;
    out.push(isSpace ? ' ' : ch);
    map.push(base.toOriginal[i]!);
    lastWasSpace = isSpace;
  }
  if (out[out.length - 1] === ' ') {
    out.pop();
    map.pop();
  }
  map.push(input.length);
  return { text: out.join(''), source: input, toOriginal: Uint32Array.from(map) };
}

/** Narrows [start, end) past whitespace and sentence punctuation at either edge. */
export function trimEdges(text: string, start = 0, end = text.length): [number, number] {
  while (start < end && EDGE.test(text[start]!)) start += 1;
  while (end > start && EDGE.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

/** Widens [start, end) so that it does not cut a word in two. */
export function expandToWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && isWordChar(text[start]) && isWordChar(text[start - 1])) start -= 1;
  while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end += 1;
  return [start, end];
}

/** Whether `text` has `length` characters at `at` that start and end on word boundaries. */
export function onWordBoundaries(text: string, at: number, length: number): boolean {
  const end = at + length;
  const startsClean = !(isWordChar(text[at]) && isWordChar(text[at - 1]));
  return startsClean && !(isWordChar(text[end - 1]) && isWordChar(text[end]));
}

/** Every source document of the corpus in comparison form, folded once per corpus (or as the build shipped it). */
export function foldedDocuments(corpus: Corpus): FoldedDocument[] {
  let documents = cache.get(corpus);
  if (!documents) {
    documents = [...corpus.documents.values()].map((doc) => {
      const shipped = shippedFold(corpus.packs, doc.id);
      return { documentId: doc.id, folded: shipped ? unpackFold(shipped, doc.text) : foldForQuotes(doc.text) };
    });
    cache.set(corpus, documents);
  }
  return documents;
}

/** Every document of a pack in comparison form, by id, as the build ships it. */
export function foldsToShip(pack: Pack): Record<string, ShippedFold> {
  return Object.fromEntries(pack.documents.map((doc) => [doc.id, packFold(foldForQuotes(doc.text))]));
}

const QUOTE_MARK = /["'«»“”„‟‘’‚‛‹›]/;

function isQuoteMarkAt(text: string, i: number): boolean {
  // An apostrophe inside a word ("Facebook’s") is not a quotation mark.
  return QUOTE_MARK.test(text[i] ?? '') && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]));
}

/**
 * Adjusts [start, end) of `source` by one quotation mark when it holds an odd
 * number of them: drops a stray mark at an edge, or takes in the mark just
 * outside that closes (or opens) one left open inside.
 */
export function balanceQuoteMarks(source: string, start: number, end: number): [number, number] {
  let marks = 0;
  for (let i = start; i < end; i += 1) if (isQuoteMarkAt(source, i)) marks += 1;
  if (marks % 2 === 0) return [start, end];
  if (isQuoteMarkAt(source, start)) return [start + 1, end];
  if (isQuoteMarkAt(source, end - 1)) return [start, end - 1];
  if (isQuoteMarkAt(source, end)) return [start, end + 1];
  if (isQuoteMarkAt(source, start - 1)) return [start - 1, end];
  return [start, end];
}

/** Trims [start, end) of `source` past sentence punctuation and stray quotation marks at its edges. */
export function tidyRange(source: string, start: number, end: number): [number, number] {
  return trimEdges(source, ...balanceQuoteMarks(source, ...trimEdges(source, start, end)));
}
