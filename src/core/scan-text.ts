/**
 * Scans a page's text for everything Counterpoint shows: the story's claims and
 * the quoted passages worth checking. Shared by the content script and the
 * command line so that both report the same findings.
 */
import type { Corpus } from './corpus/corpus.ts';
import { checkQuote, type QuoteCheck } from './quotes/check-quote.ts';
import { findClaims, type ClaimMatch } from './claims/find-claims.ts';
import { findQuotedPassages, type QuotedPassage } from './quotes/find-quotes.ts';

/** A quoted passage on the page and its verdict against the sources. */
export interface QuoteFinding extends QuotedPassage {
  check: QuoteCheck;
}

/** Everything found in one text. */
export interface TextScan {
  claims: ClaimMatch[];
  quotes: QuoteFinding[];
}

/** A hostile page can hold thousands of quotation marks; checking each costs a search of the whole corpus, so only the first ones are checked. */
export const MAX_QUOTES_CHECKED = 150;

/**
 * Finds claims and checks quoted passages. A quote that matches no source is
 * kept only when the page attributes it to a speaker in the corpus (an
 * unattributed unknown quote is none of our business) and when the sources
 * are written in the quote's script: a Russian translation of an English
 * statement cannot be checked word for word, and calling it "not found" would
 * accuse an accurate translation.
 */
export function scanText(text: string, corpus: Corpus): TextScan {
  const claims = findClaims(text, corpus);
  const keep = quoteFilter(corpus);
  const quotes = findQuotedPassages(text, corpus, MAX_QUOTES_CHECKED)
    .map((passage) => ({ ...passage, check: checkQuote(passage.text, corpus) }))
    .filter(keep);
  return { claims, quotes };
}

/** Which checked quotes are worth showing (see scanText). */
export function quoteFilter(corpus: Corpus): (quote: QuoteFinding) => boolean {
  const scripts = new Set([...corpus.documents.values()].map((doc) => scriptOf(doc.text)));
  return (quote) =>
    quote.check.verdict !== 'not-found' || (quote.speakerId !== undefined && scripts.has(scriptOf(quote.text)));
}

/** The script most of a text's letters are in: what decides whether sources can confirm it word for word. */
export function scriptOf(text: string): 'latin' | 'cyrillic' | 'other' {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (latin === 0 && cyrillic === 0) return 'other';
  return latin >= cyrillic ? 'latin' : 'cyrillic';
}
