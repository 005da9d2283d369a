/**
 * `scanText` in pieces: the same findings, but the text is read in chunks of
 * whole paragraphs and each quote is checked on its own, with a `pause`
 * between pieces, and a quote's language asked of a detector that answers
 * later (the browser's). The background's scan service runs it without
 * pausing (no page waits on its thread); a caller on a page's main thread
 * would pause so the page can take input in between.
 *
 * Cutting at paragraph breaks changes nothing found: a claim match never
 * spans a paragraph (the tokenizer's rule), and quotations are paired and
 * attributed within their paragraph. Only a single paragraph longer than a
 * chunk is read in one piece.
 */
import type { Corpus } from './corpus/corpus.ts';
import { findClaims, type ClaimMatch } from './claims/find-claims.ts';
import { checkQuote, type QuoteCheck } from './quotes/check-quote.ts';
import { quoteCandidates, withSpeaker, type QuoteCandidate } from './quotes/find-quotes.ts';
import { judgeQuote, MAX_QUOTES_CHECKED, type QuoteFinding, type TextScan } from './scan-text.ts';
import { warmUpClaims, warmUpQuotes } from './scan-warm-up.ts';

/** Called between pieces of work; the work waits for what it returns (nothing: carry on at once). */
export type Pause = () => Promise<void> | void;

/** Like QuoteLanguages, for a detector that answers later (the browser's i18n.detectLanguage). */
export interface AsyncQuoteLanguages {
  page?: string | undefined;
  detect?(text: string): Promise<string | undefined>;
}

/**
 * Characters of text read between pauses (more when one paragraph is longer). The pause only
 * yields once its time slice is spent, so small pieces cost nothing, while a piece read with
 * the matcher still cold (its first thousands of words) must stay well under a long task.
 */
export const CHUNK_CHARS = 8_000;

/**
 * Finds exactly what `scanText` finds, pausing after each costly first use, between chunks of
 * paragraphs and between quote checks. A quote's language is asked of `languages` only when it
 * matters (a quote that matched no source, attributed to a speaker: is it a translation?).
 */
export async function scanTextInSteps(
  text: string,
  corpus: Corpus,
  pause: Pause,
  languages: AsyncQuoteLanguages = {},
  chunkChars = CHUNK_CHARS, // Test seam.
): Promise<TextScan> {
  for (const _ of warmUpClaims(corpus)) await pause();
  const claims: ClaimMatch[] = [];
  const passages: QuoteCandidate[] = [];
  for (const [from, to] of paragraphChunks(text, chunkChars)) {
    // The matcher reads the chunk where it lies in the text: its offsets are the text's already.
    for (const match of findClaims(text, corpus, from, to)) claims.push(match);
    const chunk = text.slice(from, to);
    const wanted = MAX_QUOTES_CHECKED - passages.length;
    if (wanted > 0) {
      for (const candidate of quoteCandidates(chunk, wanted))
        passages.push({ ...candidate, start: candidate.start + from, end: candidate.end + from });
    }
    await pause();
  }
  if (passages.length > 0) for (const _ of warmUpQuotes(corpus)) await pause();
  const quotes: QuoteFinding[] = [];
  // One quote at a time: attributing its speaker and searching the sources are the costly parts.
  for (const candidate of passages) {
    const passage = withSpeaker(candidate, corpus);
    const finding = { ...passage, check: checkedQuote(passage.text, corpus) };
    const needsLanguage = finding.check.verdict === 'not-found' && finding.speakerId !== undefined;
    const language = needsLanguage ? ((await languages.detect?.(finding.text)) ?? languages.page) : undefined;
    const shown = judgeQuote(finding, corpus, language);
    if (shown) quotes.push(shown);
    await pause();
  }
  return { claims, quotes };
}

// A page that changes is read again, and asks about the same quotes: the answer depends only on
// the quote's text and the corpus, and the approximate search is the costly part of a read.
const checked = new WeakMap<Corpus, Map<string, QuoteCheck>>();
const MAX_REMEMBERED = 1000;

function checkedQuote(text: string, corpus: Corpus): QuoteCheck {
  let answers = checked.get(corpus);
  if (!answers) checked.set(corpus, (answers = new Map()));
  let check = answers.get(text);
  if (!check) {
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    answers.set(text, (check = checkQuote(text, corpus)));
  }
  return check;
}

/**
 * [from, to) ranges of about `size` characters that cover the text and end at a line break (or its end).
 * The first ones are smaller (from `size` / 8, doubling): the first chunk runs on code not yet optimised.
 */
export function paragraphChunks(text: string, size: number): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  let next = Math.max(1, Math.floor(size / 8));
  while (from < text.length) {
    const cut = text.indexOf('\n', Math.min(from + next, text.length));
    next = Math.min(size, next * 2);
    const to = cut === -1 ? text.length : cut;
    chunks.push([from, to]);
    from = to;
  }
  return chunks;
}
