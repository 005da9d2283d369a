/**
 * Finds the quotations in a page's text that are long enough to check against
 * the sources, and who the page says spoke them. Offsets are into the text as
 * given, so the content script can highlight exactly the quoted words.
 */
import type { Corpus } from '../corpus/corpus.ts';
import { pairQuoteMarks, type MarkPair } from './quote-marks.ts';
import { attributeSpeaker, type QuoteContext } from './quote-speakers.ts';

/** A quotation on a page. `start`/`end` span the inner text (without the marks) in the original text. */
export interface QuotedPassage {
  start: number;
  end: number;
  text: string;
  speakerId?: string;
}

/** Quotations with fewer words are scare quotes or names ("joint statement"), not quotes worth checking. */
export const MIN_QUOTE_WORDS = 4;

/** How far around a quote (characters) to look for the sentence that attributes it. */
const CONTEXT_WINDOW = 400;
const WORD = /[\p{L}\p{N}]+/gu;
// A sentence ends at . ! ? or … (maybe followed by closing marks) before whitespace.
const SENTENCE_END = /[.!?…]["'”’»“]*(?=\s|$)/gu;
// "Mr. George Chen" and "Nov. 2" do not end sentences.
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-ZА-Я])$/u;

/** Offsets just past every sentence end in text[from, to). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (const match of text.slice(from, to).matchAll(SENTENCE_END)) {
    const at = from + match.index;
    if (text[at] === '.' && ABBREVIATION.test(text.slice(Math.max(from, at - 5), at))) continue;
    ends.push(at + match[0].length);
  }
  return ends;
}

/** The words around a pair of marks: the rest of its sentence, and the next one if the quote ends its own. */
function contextOf(text: string, pair: MarkPair, paragraph: [number, number]): QuoteContext {
  // Attribution sits within a sentence or two of the quote; the window keeps long one-line pages linear.
  const from = Math.max(paragraph[0], pair.open - CONTEXT_WINDOW);
  const to = Math.min(paragraph[1], pair.close + 1 + 2 * CONTEXT_WINDOW);
  const before = sentenceEnds(text, from, pair.open).pop() ?? from;
  const later = sentenceEnds(text, pair.close + 1, to);
  const afterEnd = later[0] ?? to;
  const after = text.slice(pair.close + 1, afterEnd);
  // A quote followed by words ("…," he added.) has its attribution there, even if it names nobody we know.
  const endsSentence = !/[\p{L}\p{N}]/u.test(after);
  const next = endsSentence ? text.slice(afterEnd, later[1] ?? to) : '';
  return { before: text.slice(before, pair.open), after, next };
}

/** The inner range of a pair, without surrounding spaces or the page sentence's trailing comma. */
function innerRange(text: string, pair: MarkPair): [number, number] {
  let start = pair.open + 1;
  let end = pair.close;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

/** Offsets of each paragraph (line) of the text. */
function paragraphs(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (let from = 0; from <= text.length;) {
    const lineBreak = text.indexOf('\n', from);
    const to = lineBreak === -1 ? text.length : lineBreak;
    if (to > from) result.push([from, to]);
    from = to + 1;
  }
  return result;
}

/** A quotation before its speaker is known, with the words around it that may name one. */
export interface QuoteCandidate {
  start: number;
  end: number;
  text: string;
  context: QuoteContext;
}

/**
 * Finds quoted passages long enough to matter (“...”, "...", «...», „...“, '...') and the corpus speaker the
 * sentence attributes each to, if any; only the first `limit`, as attributing a speaker is the costly part.
 */
export function findQuotedPassages(text: string, corpus: Corpus, limit = Infinity): QuotedPassage[] {
  return quoteCandidates(text, limit).map((candidate) => withSpeaker(candidate, corpus));
}

/** The first `limit` quotations long enough to matter, speakers not yet attributed (findQuotedPassages in two steps). */
export function quoteCandidates(text: string, limit = Infinity): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  for (const paragraph of paragraphs(text)) {
    for (const pair of pairQuoteMarks(text, ...paragraph)) {
      if (candidates.length >= limit) return candidates;
      const [start, end] = innerRange(text, pair);
      const inner = text.slice(start, end);
      if ((inner.match(WORD)?.length ?? 0) < MIN_QUOTE_WORDS) continue;
      candidates.push({ start, end, text: inner, context: contextOf(text, pair, paragraph) });
    }
  }
  return candidates;
}

/** The passage of a candidate, with the corpus speaker its context attributes it to, if any. */
export function withSpeaker({ start, end, text, context }: QuoteCandidate, corpus: Corpus): QuotedPassage {
  const speakerId = attributeSpeaker(context, corpus);
  return { start, end, text, ...(speakerId === undefined ? {} : { speakerId }) };
}
