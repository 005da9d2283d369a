import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.ts';
import type { QuoteCheck } from '../match/check-quote.ts';
import { quoteView } from './quote-view.ts';
import { MINI_PACK } from './mini-pack.fixture.ts';

const corpus = createCorpus([MINI_PACK]);

const match = (documentId: string, similarity = 1) => ({
  documentId,
  start: 10,
  end: 20,
  passage: 'This is not an exclusive agreement',
  similarity,
  diff: [{ kind: 'same' as const, text: 'This is not an exclusive agreement' }],
});

describe('quoteView', () => {
  it('resolves each matched document to outlet, title and date', () => {
    const check: QuoteCheck = { verdict: 'verbatim', similarity: 1, matches: [match('reuters'), match('kazinform')] };
    const view = quoteView(corpus, 'This is not an exclusive agreement', check);
    expect(view.verdict).toBe('verbatim');
    expect(view.speakerName).toBeUndefined();
    expect(view.sources.map((s) => [s.documentId, s.outlet, s.title, s.date])).toEqual([
      ['reuters', 'Reuters', 'Meta denies exclusive deal', '2021-11'],
      ['kazinform', 'Kazinform', 'Kazakhstan gets access to Facebook content reporting system', '2021-11-01'],
    ]);
  });

  it('counts a document once and drops matches in unknown documents', () => {
    const check: QuoteCheck = {
      verdict: 'variant',
      similarity: 0.9,
      matches: [match('reuters', 0.9), match('reuters', 0.8), match('elsewhere', 0.85)],
    };
    const view = quoteView(corpus, 'quote', check);
    expect(view.sources).toHaveLength(1);
    expect(view.sources[0]!.similarity).toBe(0.9);
  });

  it('names the attributed speaker when known', () => {
    const check: QuoteCheck = { verdict: 'not-found', similarity: 0.2, matches: [] };
    expect(quoteView(corpus, 'x', check, 'ben-mcconaghy').speakerName).toBe('Ben McConaghy');
    expect(quoteView(corpus, 'x', check, 'nobody').speakerName).toBeUndefined();
  });
});
