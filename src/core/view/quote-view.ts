/**
 * The quote popover's data: a quote checked against the corpus, with the
 * source passages it matches (or most nearly matches) resolved to outlet,
 * title, date and who the source says spoke the words. Pure, so the popover is
 * a plain render of it.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { Language, Speaker } from '../corpus/schema.ts';
import type { DiffPart, QuoteCheck, QuoteVerdict } from '../quotes/check-quote.ts';
import { localized, type ReaderLanguage } from './localize.ts';
import { passageSpeakerIds, speaksFor } from './passage-speakers.ts';

/** One source document a quote was found in, with the passage and its word diff. */
export interface QuoteSourceView {
  documentId: string;
  outlet: string;
  title: string;
  date: string;
  /** The language the source is written in. */
  language: Language;
  /** The passage's offsets in the document's original text, for the reader page. */
  start: number;
  end: number;
  passage: string;
  similarity: number;
  diff: DiffPart[];
  /** Names of the speakers the corpus credits with the passage's words, in document order; empty when unknown. */
  saidBy: string[];
}

/** The page credits the words to one speaker, the sources to others. */
export interface Misattribution {
  /** Who the page says spoke the quote. */
  pageSpeaker: string;
  /** Who the matched source passages say spoke it, each once. */
  sourceSpeakers: string[];
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
  /**
   * Set when the words are found (verbatim or altered) but the sources credit
   * them to other speakers than the page does. A person's words given to the
   * organisation they speak for ("Meta said") are not misattributed.
   */
  misattributed?: Misattribution;
}

/** The sources' speakers when none of them is the page's speaker (or someone speaking for it). */
function misattribution(
  corpus: Corpus,
  pageSpeaker: Speaker,
  sourceSpeakerIds: ReadonlySet<string>,
): Misattribution | undefined {
  const speakers = [...sourceSpeakerIds]
    .map((id) => corpus.speakers.get(id))
    .filter((speaker) => speaker !== undefined);
  if (speakers.length === 0) return undefined;
  if (speakers.some((speaker) => speaker.id === pageSpeaker.id || speaksFor(speaker, pageSpeaker))) return undefined;
  return { pageSpeaker: pageSpeaker.name, sourceSpeakers: speakers.map((speaker) => speaker.name) };
}

/**
 * Builds the popover data for a checked quote; matches in unknown documents are dropped.
 * Outlets are in `lang` where the pack renders them; the words stay as the source has them.
 */
export function quoteView(
  corpus: Corpus,
  quote: string,
  check: QuoteCheck,
  speakerId?: string,
  lang: ReaderLanguage = 'en',
): QuoteView {
  const seen = new Set<string>();
  const sourceSpeakerIds = new Set<string>();
  const sources: QuoteSourceView[] = [];
  for (const match of check.matches) {
    const document = corpus.documents.get(match.documentId);
    // "Verbatim in 2 sources" counts documents, so a repeat in the same document is not a second
    // source; a translation lists each of the speaker's statements, several to a document.
    if (!document || (check.verdict !== 'translation' && seen.has(document.id))) continue;
    seen.add(document.id);
    const ids = passageSpeakerIds(corpus, document.id, match.start, match.end);
    for (const id of ids) sourceSpeakerIds.add(id);
    sources.push({
      documentId: document.id,
      outlet: localized(document, 'outlet', lang),
      title: document.title,
      date: document.date,
      language: document.language,
      start: match.start,
      end: match.end,
      passage: match.passage,
      similarity: match.similarity,
      diff: match.diff,
      saidBy: ids.flatMap((id) => corpus.speakers.get(id)?.name ?? []),
    });
  }
  const speaker = speakerId === undefined ? undefined : corpus.speakers.get(speakerId);
  // A not-found quote's nearest passages are too far off to say whose words they are.
  const misattributed =
    speaker && check.verdict !== 'not-found' ? misattribution(corpus, speaker, sourceSpeakerIds) : undefined;
  return {
    quote,
    verdict: check.verdict,
    similarity: check.similarity,
    ...(speaker === undefined ? {} : { speakerName: speaker.name }),
    sources,
    ...(misattributed === undefined ? {} : { misattributed }),
  };
}
