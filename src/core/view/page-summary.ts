/**
 * Turns a scan into the claim and quote lists the popup and the command line
 * show: one entry per distinct claim, one per checked quote.
 */
import { claimStatus, stanceCounts, type Corpus } from '../corpus/corpus.ts';
import type { TextScan } from '../scan-text.ts';
import type { PageReport } from './page-report.ts';

/** One entry per distinct claim found, in order of first appearance. */
export function summarizeClaims(scan: TextScan, corpus: Corpus): PageReport['claims'] {
  const occurrences = new Map<string, number>();
  for (const match of scan.claims) occurrences.set(match.claimId, (occurrences.get(match.claimId) ?? 0) + 1);
  return [...occurrences].flatMap(([id, count]) => {
    const claim = corpus.claims.get(id);
    if (!claim) return [];
    return [
      {
        id,
        summary: claim.summary,
        status: claimStatus(claim),
        ...stanceCounts(claim, corpus.statements),
        occurrences: count,
      },
    ];
  });
}

/** One entry per checked quote, with the outlets it was found in or is closest to. */
export function summarizeQuotes(scan: Pick<TextScan, 'quotes'>, corpus: Corpus): PageReport['quotes'] {
  return scan.quotes.map((quote) => ({
    text: quote.text,
    verdict: quote.check.verdict,
    similarity: quote.check.similarity,
    sources: quote.check.matches.map((match) => ({
      documentId: match.documentId,
      outlet: corpus.documents.get(match.documentId)?.outlet ?? match.documentId,
    })),
  }));
}
