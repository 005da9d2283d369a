import { describe, expect, it } from 'vitest';
import { builtinCorpus } from './corpus/builtin-corpus.ts';
import { scanText, scriptOf } from './scan-text.ts';

const corpus = builtinCorpus();
const verdicts = (text: string) => scanText(text, corpus).quotes.map((quote) => [quote.text, quote.check.verdict]);

describe('scanText', () => {
  it('finds claims and checks quotes in one text', () => {
    const scan = scanText(
      'Kazakhstan said it got direct and exclusive access. “The government issued its own statement, independent of Facebook,” McConaghy said.',
      corpus,
    );
    expect(scan.claims.map((claim) => claim.claimId)).toContain('exclusive-access');
    expect(scan.quotes.map((quote) => quote.check.verdict)).toEqual(['verbatim']);
  });

  it('marks an unknown quote only when the page attributes it to a speaker in the corpus', () => {
    expect(verdicts('“Meta will open an office in Almaty next year,” McConaghy said.')).toEqual([
      ['Meta will open an office in Almaty next year', 'not-found'],
    ]);
    expect(verdicts('A source called it “a routine arrangement that many governments already have”.')).toEqual([]);
  });

  it("marks a quote in a language none of its speaker's sources is in as a translation, with their statements", () => {
    const dutch = '“De regering heeft een eigen verklaring uitgegeven, los van Facebook,” zei Ben McConaghy.';
    const scan = scanText(dutch, corpus, { detect: () => 'nl' });
    expect(scan.quotes.map((quote) => quote.check.verdict)).toEqual(['translation']);
    expect(scan.quotes[0]!.check.matches[0]!.passage).toBe(
      'The government issued its own statement, independent of Facebook',
    );
    // The page's language stands in for a quote the detector cannot tell.
    expect(scanText(dutch, corpus, { page: 'nl', detect: () => undefined }).quotes[0]!.check.verdict).toBe(
      'translation',
    );
  });

  it("keeps an invented quote in the sources' language as not found, whatever the page's language", () => {
    const invented = '“We gave Kazakhstan a special key to our systems,” George Chen said.';
    expect(scanText(invented, corpus, { page: 'nl', detect: () => 'en' }).quotes[0]!.check.verdict).toBe('not-found');
  });

  it('never calls words in a script no source uses "not found", even when the language detector is wrong', () => {
    const russian = '«Правительство выпустило собственное заявление», — заявил Бен Макконахи.';
    expect(scanText(russian, corpus, { page: 'en', detect: () => undefined }).quotes).toEqual([]);
  });

  it('does not call a translated quote "not found" when no source is in its script', () => {
    expect(
      verdicts('«Правительство выпустило собственное заявление, независимо от Facebook», — заявил Бен Макконахи.'),
    ).toEqual([]);
  });
});

describe('scriptOf', () => {
  it('tells Latin from Cyrillic by most letters', () => {
    expect(scriptOf('The government issued its own statement')).toBe('latin');
    expect(scriptOf('Правительство выпустило заявление, независимо от Facebook')).toBe('cyrillic');
    expect(scriptOf('2021 — 3,2')).toBe('other');
  });
});
