/**
 * The quote popover's data: a quote checked against the corpus, with the
 * source passages it matches (or most nearly matches) resolved to outlet,
 * title and date. Pure, so the popover is a plain render of it.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { DiffPart, QuoteCheck, QuoteVerdict } from '../match/check-quote.ts';

/** One source document a quote was found in, with the passage and its word diff. */
export interface QuoteSourceView {
  documentId: string;
  outlet: string;
  title: string;
  date: string;
  /** The passage's offsets in the document's original text, for the reader page. */
  start: number;
  end: number;
  passage: string;
  similarity: number;
  diff: DiffPart[];
}

/** A checked quote as the popover shows it. */
export interface QuoteView {
  quote: string;
  verdict: QuoteVerdict;
  /** Best similarity, 0..1. */
  similarity: number;
  /** Set when the quote was attributed to a known speaker. */
  speakerName?: string;
  /** One entry per source document, best match first. */
  sources: QuoteSourceView[];
}

/** Builds the popover data for a checked quote; matches in unknown documents are dropped. */
export function quoteView(corpus: Corpus, quote: string, check: QuoteCheck, speakerId?: string): QuoteView {
  const seen = new Set<string>();
  const sources: QuoteSourceView[] = [];
  for (const match of check.matches) {
    const document = corpus.documents.get(match.documentId);
    // "Verbatim in 2 sources" counts documents, so a repeat in the same document is not a second source.
    if (!document || seen.has(document.id)) continue;
    seen.add(document.id);
    sources.push({
      documentId: document.id,
      outlet: document.outlet,
      title: document.title,
      date: document.date,
      start: match.start,
      end: match.end,
      passage: match.passage,
      similarity: match.similarity,
      diff: match.diff,
    });
  }
  const speakerName = speakerId === undefined ? undefined : corpus.speakers.get(speakerId)?.name;
  return {
    quote,
    verdict: check.verdict,
    similarity: check.similarity,
    ...(speakerName === undefined ? {} : { speakerName }),
    sources,
  };
}
