/**
 * Turns a scan into the claim and quote lists the popup and the command line
 * show: one entry per distinct claim, one per checked quote.
 */
import { claimStatus, stanceCounts, type Corpus } from '../corpus/corpus.ts';
import type { TextScan } from '../scan-text.ts';
import { localized, type ReaderLanguage } from './localize.ts';
import type { PageReport } from './page-report.ts';

/** One entry per distinct claim found, in order of first appearance, its summary in `lang`. */
export function summarizeClaims(scan: TextScan, corpus: Corpus, lang: ReaderLanguage = 'en'): PageReport['claims'] {
  const occurrences = new Map<string, number>();
  for (const match of scan.claims) occurrences.set(match.claimId, (occurrences.get(match.claimId) ?? 0) + 1);
  return [...occurrences].flatMap(([id, count]) => {
    const claim = corpus.claims.get(id);
    if (!claim) return [];
    return [
      {
        id,
        summary: localized(claim, 'summary', lang),
        status: claimStatus(claim),
        ...stanceCounts(claim, corpus.statements),
        occurrences: count,
      },
    ];
  });
}

/** One entry per checked quote, with the outlets it was found in or is closest to (in `lang`). */
export function summarizeQuotes(
  scan: Pick<TextScan, 'quotes'>,
  corpus: Corpus,
  lang: ReaderLanguage = 'en',
): PageReport['quotes'] {
  return scan.quotes.map((quote) => ({
    text: quote.text,
    verdict: quote.check.verdict,
    similarity: quote.check.similarity,
    sources: quote.check.matches.map((match) => ({
      documentId: match.documentId,
      outlet: outletOf(corpus, match.documentId, lang),
    })),
  }));
}

/**
 * The lists again in another language: summaries and outlets looked up by id.
 * The content script keeps them as found; the popup asks in the reader's language.
 */
export function localizeSummaries(
  report: Pick<PageReport, 'claims' | 'quotes'>,
  corpus: Corpus,
  lang: ReaderLanguage,
): Pick<PageReport, 'claims' | 'quotes'> {
  return {
    claims: report.claims.map((row) => {
      const claim = corpus.claims.get(row.id);
      return claim ? { ...row, summary: localized(claim, 'summary', lang) } : row;
    }),
    quotes: report.quotes.map((quote) => ({
      ...quote,
      sources: quote.sources.map((source) => ({ ...source, outlet: outletOf(corpus, source.documentId, lang) })),
    })),
  };
}

function outletOf(corpus: Corpus, documentId: string, lang: ReaderLanguage): string {
  const document = corpus.documents.get(documentId);
  return document ? localized(document, 'outlet', lang) : documentId;
}
