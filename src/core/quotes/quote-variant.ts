/**
 * Approximate search for a quote that is not verbatim in any source: Myers'
 * bit-parallel algorithm (approx-string-match) over each folded document finds
 * the closest passage, which is then widened to whole words, measured again and
 * diffed word by word. Two gates keep unrelated text out: character similarity
 * and the share of words the quote and passage have in common.
 */
import search from 'approx-string-match';
import type { Corpus } from '../corpus/corpus.ts';
import { toOriginalRange } from '../text/normalize.ts';
import type { QuoteMatch } from './check-quote.ts';
import { similarity } from './quote-distance.ts';
import { longestParagraph, unmatchedEdges } from './quote-edges.ts';
import {
  expandToWords,
  foldForQuotes,
  foldedDocuments,
  tidyRange,
  trimEdges,
  type FoldedDocument,
} from './quote-fold.ts';
import { wordDiff } from './word-diff.ts';

/** Below this character similarity a passage is not a rendering of the quote. */
export const MIN_SIMILARITY = 0.7;
/** Below this share of shared words (of the longer side) a passage is not a rendering of the quote. */
export const MIN_WORD_SHARE = 0.6;
/**
 * Quotes shorter than this (folded characters or words) are too unspecific for approximate search:
 * "McConaghy said in a statement" would come back as a variant of "Chen said in a statement".
 */
export const MIN_VARIANT_CHARS = 20;
/** See MIN_VARIANT_CHARS. */
export const MIN_VARIANT_WORDS = 6;

/** A quote ready for approximate search: folded key and the original text it came from. */
export interface VariantQuery {
  key: string;
  original: string;
}

/** Whether a folded quote is long enough for approximate search. */
export function allowsVariantSearch(key: string): boolean {
  return key.length >= MIN_VARIANT_CHARS && (key.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_VARIANT_WORDS;
}

/** The closest passage in one document, widened to whole words, or null if none is close enough. */
function closestPassage(document: FoldedDocument, query: VariantQuery, maxErrors: number): [number, number] | null {
  const hits = search(document.folded.text, query.key, maxErrors);
  const first = hits[0];
  if (!first) return null;
  // Hits with the same (minimal) error count that overlap the first are one passage with vague edges: take its widest reading.
  const cluster = hits.filter((hit) => hit.start < first.end && hit.end > first.start);
  const start = Math.min(...cluster.map((hit) => hit.start));
  const end = Math.max(...cluster.map((hit) => hit.end));
  const [wordStart, wordEnd] = expandToWords(document.folded.text, start, end);
  const trimmed = trimEdges(document.folded.text, wordStart, wordEnd);
  return trimmed[1] > trimmed[0] ? trimmed : null;
}

/** Measures a passage against the query and builds its match if both gates pass. */
function toMatch(
  document: FoldedDocument,
  [rawStart, rawEnd]: [number, number],
  query: VariantQuery,
): QuoteMatch | null {
  const source = document.folded.source;
  const raw = wordDiff(query.original, source.slice(rawStart, rawEnd));
  const [cutStart, cutEnd] = unmatchedEdges(raw.parts);
  const [start, end] = tidyRange(source, rawStart + cutStart, rawEnd - cutEnd);
  if (end <= start) return null;
  const passage = source.slice(start, end);
  const diff = start === rawStart && end === rawEnd ? raw : wordDiff(query.original, passage);
  const score = similarity(query.key, foldForQuotes(passage).text);
  if (score < MIN_SIMILARITY) return null;
  if (diff.sameWords / Math.max(diff.quoteWords, diff.passageWords) < MIN_WORD_SHARE) return null;
  return { documentId: document.documentId, start, end, passage, similarity: score, diff: diff.parts };
}

/** The better of the passage as found and its longest paragraph, for a quote from a single paragraph. */
function bestMatch(document: FoldedDocument, range: [number, number], query: VariantQuery): QuoteMatch | null {
  const found = toOriginalRange(document.folded, ...range);
  const whole = toMatch(document, found, query);
  if (query.original.includes('\n')) return whole;
  const narrowed = longestParagraph(document.folded.source, ...found);
  if (narrowed[0] === found[0] && narrowed[1] === found[1]) return whole;
  const paragraph = toMatch(document, narrowed, query);
  return (paragraph?.similarity ?? -1) >= (whole?.similarity ?? -1) ? paragraph : whole;
}

/** Each document's closest passage to the quote that passes both gates, best first. */
export function findVariants(query: VariantQuery, corpus: Corpus): QuoteMatch[] {
  if (!allowsVariantSearch(query.key)) return [];
  // More errors than this could never pass MIN_SIMILARITY, and would only slow the search down.
  const maxErrors = Math.floor(query.key.length * (1 - MIN_SIMILARITY));
  const matches: QuoteMatch[] = [];
  for (const document of foldedDocuments(corpus)) {
    const range = closestPassage(document, query, maxErrors);
    const match = range && bestMatch(document, range, query);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.similarity - a.similarity);
}
