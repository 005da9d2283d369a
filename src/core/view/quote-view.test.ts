import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.ts';
import { CorpusRegistry } from '../corpus/registry.ts';
import { checkQuote, type QuoteCheck } from '../quotes/check-quote.ts';
import { findQuotedPassages } from '../quotes/find-quotes.ts';
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

describe('quoteView: who said it', () => {
  const checked = (quote: string, speakerId?: string) => quoteView(corpus, quote, checkQuote(quote, corpus), speakerId);

  it('names the speakers of the statements each source passage overlaps', () => {
    const view = checked('This is not an exclusive agreement', 'ben-mcconaghy');
    expect(view.sources.map((source) => [source.documentId, source.saidBy])).toEqual([['reuters', ['Ben McConaghy']]]);
    expect(view.misattributed).toBeUndefined();
    expect(checked('the text was agreed with the Hong Kong office').sources[0]!.saidBy).toEqual(['Aida Balaeva']);
  });

  it('flags words the page gives to someone other than the sources do, keeping the verdict', () => {
    const view = checked('This is not an exclusive agreement', 'aida-balaeva');
    expect(view.verdict).toBe('verbatim');
    expect(view.speakerName).toBe('Aida Balaeva');
    expect(view.misattributed).toEqual({ pageSpeaker: 'Aida Balaeva', sourceSpeakers: ['Ben McConaghy'] });
    const variant = checked('This is not a exclusive agreement', 'aida-balaeva');
    expect(variant.verdict).toBe('variant');
    expect(variant.misattributed).toEqual({ pageSpeaker: 'Aida Balaeva', sourceSpeakers: ['Ben McConaghy'] });
  });

  it('flags nothing without a page speaker, a known source speaker, or a found passage', () => {
    expect(checked('This is not an exclusive agreement').misattributed).toBeUndefined();
    // The headline is no one's statement.
    const headline = checked('Kazakhstan gets access to Facebook content reporting system', 'aida-balaeva');
    expect(headline.sources[0]!.saidBy).toEqual([]);
    expect(headline.misattributed).toBeUndefined();
    const notFound: QuoteCheck = { verdict: 'not-found', similarity: 0.2, matches: [] };
    expect(quoteView(corpus, 'x', notFound, 'aida-balaeva').misattributed).toBeUndefined();
  });

  it('accepts a person’s words given to the organisation they speak for, not the other way round', () => {
    // Balaeva's organisation is the mini pack's "Ministry of Information".
    expect(checked('the text was agreed with the Hong Kong office', 'kazakh-ministry').misattributed).toBeUndefined();
    expect(checked('granted Kazakhstan direct and exclusive access', 'aida-balaeva').misattributed).toEqual({
      pageSpeaker: 'Aida Balaeva',
      sourceSpeakers: ['Ministry of Information'],
    });
  });

  it('does not credit a statement that only touches the passage’s edge', () => {
    const text = corpus.documents.get('reuters')!.text;
    const passage = 'Minister Aida Balaeva said the';
    const start = text.indexOf(passage);
    const check: QuoteCheck = {
      verdict: 'verbatim',
      similarity: 1,
      matches: [{ documentId: 'reuters', start, end: start + passage.length, passage, similarity: 1, diff: [] }],
    };
    const view = quoteView(corpus, passage, check, 'ben-mcconaghy');
    expect(view.sources[0]!.saidBy).toEqual([]);
    expect(view.misattributed).toBeUndefined();
  });
});

const PACK = join(import.meta.dirname, '../../../corpus/kazakhstan-facebook-crs.json');

describe.skipIf(!existsSync(PACK))('quoteView on the built-in pack', () => {
  it('flags McConaghy’s words credited to Balaeva on a page', () => {
    const registry = new CorpusRegistry();
    registry.add(JSON.parse(readFileSync(PACK, 'utf8')));
    const pack = registry.corpus;
    const page = '"The government issued its own statement, independent of Facebook," Balaeva said.';
    const [quote] = findQuotedPassages(page, pack);
    expect(quote?.speakerId).toBe('aida-balaeva');
    const view = quoteView(pack, quote!.text, checkQuote(quote!.text, pack), quote!.speakerId);
    expect(view.verdict).toBe('verbatim');
    expect(view.sources.map((source) => source.saidBy)).toEqual([['Ben McConaghy']]);
    expect(view.misattributed).toEqual({ pageSpeaker: 'Aida Balaeva', sourceSpeakers: ['Ben McConaghy'] });
  });

  it('credits words the source gives to "the sides" to both of them', () => {
    const registry = new CorpusRegistry();
    registry.add(JSON.parse(readFileSync(PACK, 'utf8')));
    const quote = 'Facebook has provided Kazakhstan direct and exclusive access';
    const view = quoteView(registry.corpus, quote, checkQuote(quote, registry.corpus));
    const globe = view.sources.find((source) => source.documentId === 'globe-reuters-2021-11-01');
    expect(globe?.saidBy).toEqual(['Government of Kazakhstan', 'Meta Platforms (Facebook)']);
  });
});
