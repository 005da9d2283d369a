/**
 * Builds a page's findings from a scan, using the same view models as the
 * popovers, so an export says exactly what the reader saw. Pure: the caller
 * says where each scanned range is on the page (`locate`), which is the only
 * part that needs the page itself.
 */
import { stanceCounts, type Corpus } from '../corpus/corpus.ts';
import type { TextScan } from '../scan-text.ts';
import { claimView, type StatementView } from '../view/claim-view.ts';
import { quoteView } from '../view/quote-view.ts';
import { citeQuoteSource, citeStatement, speakerInfo } from './cite.ts';
import type { ClaimFinding, PageFindings, PageQuote, QuoteFinding } from './page-findings.ts';

/** What {@link buildFindings} needs besides the scan. */
export interface FindingsInput {
  page: PageFindings['page'];
  corpus: Corpus;
  scan: TextScan;
  /** Where the scanned text's `[start, end)` is on the page; null when it cannot be placed. */
  locate(start: number, end: number): PageQuote | null;
}

/** Builds the findings: one entry per distinct claim (in order of first appearance) and per checked quote. */
export function buildFindings({ page, corpus, scan, locate }: FindingsInput): PageFindings {
  const byClaim = new Map<string, PageQuote[]>();
  for (const match of scan.claims) {
    const where = locate(match.start, match.end);
    byClaim.set(match.claimId, [...(byClaim.get(match.claimId) ?? []), ...(where ? [where] : [])]);
  }
  const claims = [...byClaim].flatMap(([id, highlights]) => claimFinding(corpus, id, highlights) ?? []);
  const quotes = scan.quotes.flatMap((quote): QuoteFinding[] => {
    const highlight = locate(quote.start, quote.end);
    if (!highlight) return [];
    const view = quoteView(corpus, quote.text, quote.check, quote.speakerId);
    // A not-found quote's nearest passages are too far off to cite as its source.
    const sources = view.verdict === 'not-found' ? [] : view.sources;
    return [
      {
        text: quote.text,
        verdict: view.verdict,
        similarity: view.similarity,
        ...(view.speakerName ? { speakerName: view.speakerName } : {}),
        ...(view.misattributed ? { misattributedTo: view.misattributed.sourceSpeakers } : {}),
        highlight,
        sources: sources.map((source) => ({
          citation: citeQuoteSource(corpus, source),
          similarity: source.similarity,
          diff: source.diff,
        })),
      },
    ];
  });
  const pack = corpus.packs.find((candidate) => candidate.claims.some((claim) => byClaim.has(claim.id)));
  return { page, story: pack ? { id: pack.id, title: pack.title } : null, claims, quotes };
}

function claimFinding(corpus: Corpus, id: string, highlights: PageQuote[]): ClaimFinding | null {
  const view = claimView(corpus, id);
  const claim = corpus.claims.get(id);
  if (!view || !claim) return null;
  // The counterpoint first, as in the popover.
  const statements = [...view.contradicts, ...view.supports, ...view.context];
  return {
    id,
    summary: view.summary,
    status: view.status,
    // As the popup counts: a statement relaying another one linked the same way is not counted again.
    counts: stanceCounts(claim, corpus.statements),
    authors: claimAuthors(corpus, view.supports),
    highlights,
    statements: statements.map((statement) => ({
      stance: statement.stance,
      why: statement.why,
      ...(statement.relaysFrom.length > 0 ? { relaysFrom: statement.relaysFrom } : {}),
      citation: citeStatement(corpus, statement),
    })),
  };
}

/**
 * Who makes a claim: the speakers of its supporting statements in their own
 * voice (quoted or reported), and those the source names with them, earliest first. An outlet's own reporting of a
 * fact does not make the outlet the claim's author.
 */
export function claimAuthors(corpus: Corpus, supports: readonly StatementView[]): ClaimFinding['authors'] {
  // A month-only date is the latest it allows, so it sorts after any day of that month.
  const sortable = (date: string) => (date.length === 7 ? `${date}-99` : date);
  const voiced = supports
    .filter((statement) => statement.kind !== 'editorial-assessment')
    .sort((a, b) => sortable(a.date).localeCompare(sortable(b.date)));
  // The source may name several speakers as saying it ("the ministry and Facebook said").
  const shared = (statementId: string) => corpus.statements.get(statementId)?.alsoAttributedTo ?? [];
  const ids = [...new Set(voiced.flatMap((statement) => [statement.speakerId, ...shared(statement.statementId)]))];
  return ids.flatMap((speakerId) => {
    const speaker = corpus.speakers.get(speakerId);
    return speaker ? [speakerInfo(speaker)] : [];
  });
}
