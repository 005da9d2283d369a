/**
 * Test fixture: view models and a page report for the UI tests, built from
 * the mini pack so the UI is tested on what the view builders really produce.
 */
import { createCorpus } from '../core/corpus/corpus.ts';
import type { QuoteCheck } from '../core/quotes/check-quote.ts';
import { claimView, type ClaimView } from '../core/view/claim-view.ts';
import { MINI_PACK } from '../core/view/mini-pack.fixture.ts';
import type { PageReport } from '../core/view/page-report.ts';
import { quoteView, type QuoteView } from '../core/view/quote-view.ts';

/** The mini pack's corpus. */
export const CORPUS = createCorpus([MINI_PACK]);

/** The view of the mini pack's disputed claim. */
export const CLAIM_VIEW: ClaimView = claimView(CORPUS, 'exclusive-access')!;

/** An altered quote: the page has "a exclusive deal" where the source has "an exclusive agreement". */
export function variantView(): QuoteView {
  const check: QuoteCheck = {
    verdict: 'variant',
    similarity: 0.876,
    matches: [
      {
        documentId: 'reuters',
        start: 1,
        end: 35,
        passage: 'This is not an exclusive agreement',
        similarity: 0.876,
        diff: [
          { kind: 'same', text: 'This is not ' },
          { kind: 'removed', text: 'an' },
          { kind: 'added', text: 'a' },
          { kind: 'same', text: ' exclusive ' },
          { kind: 'removed', text: 'agreement' },
          { kind: 'added', text: 'deal' },
        ],
      },
    ],
  };
  return quoteView(CORPUS, 'This is not a exclusive deal', check);
}

/** A page report about the story, with two claims and one checked quote. */
export function aboutReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    host: 'news.example',
    enabled: true,
    about: true,
    score: 7,
    evidence: [
      { group: 'platform', term: 'Facebook', part: 'title', count: 1 },
      { group: 'platform', term: 'Meta', part: 'body', count: 3 },
      { group: 'country', term: 'Kazakhstan', part: 'body', count: 4 },
      { group: 'country', term: 'Kazakhstan', part: 'title', count: 1 },
      { group: 'crs', term: 'content reporting system', part: 'body', count: 2 },
    ],
    claims: [
      {
        id: 'exclusive-access',
        summary: 'Facebook gave Kazakhstan exclusive access',
        status: 'disputed',
        supports: 2,
        contradicts: 1,
        context: 0,
        occurrences: 3,
      },
      {
        id: 'joint-statement',
        summary: 'The statement was joint',
        status: 'contradicted',
        supports: 0,
        contradicts: 2,
        context: 1,
        occurrences: 1,
      },
    ],
    quotes: [
      {
        text: 'This is not an exclusive agreement and we will keep reviewing every request against our policies and local law',
        verdict: 'verbatim',
        similarity: 1,
        sources: [
          { documentId: 'reuters', outlet: 'Reuters' },
          { documentId: 'globe', outlet: 'The Globe and Mail' },
        ],
      },
    ],
    ...overrides,
  };
}
