/**
 * Quote checks against the real story pack: every quoted statement is found
 * verbatim in its own document, and an altered McConaghy quote is a variant
 * of the denial article with the right difference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusRegistry } from '../corpus/registry.ts';
import { checkQuote } from './check-quote.ts';
import { findQuotedPassages } from './find-quotes.ts';

const PACK = join(import.meta.dirname, '../../../corpus/kazakhstan-facebook-crs.json');

describe.skipIf(!existsSync(PACK))('quotes against the built-in pack', () => {
  const registry = new CorpusRegistry();
  const added = registry.add(JSON.parse(readFileSync(PACK, 'utf8')));
  const corpus = registry.corpus;

  it('finds every statement verbatim in its own document', () => {
    expect(added.ok).toBe(true);
    expect(corpus.statements.size).toBeGreaterThan(0);
    for (const statement of corpus.statements.values()) {
      const check = checkQuote(statement.quote.exact, corpus);
      expect(check.verdict, statement.id).toBe('verbatim');
      expect(
        check.matches.map((match) => match.documentId),
        statement.id,
      ).toContain(statement.document);
    }
  });

  it('diffs an altered McConaghy quote against the denial article', () => {
    const check = checkQuote('The government issued its own statement, independently of Meta', corpus);
    expect(check.verdict).toBe('variant');
    const denial = corpus.documents.get(check.matches[0]!.documentId)!;
    expect(denial.text).toContain('Ben McConaghy');
    expect(check.matches[0]!.diff.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'independent ' },
      { kind: 'added', text: 'independently ' },
      { kind: 'removed', text: 'Facebook' },
      { kind: 'added', text: 'Meta' },
    ]);
    expect(
      checkQuote('We have never given any government exclusive access to our reporting tools', corpus).verdict,
    ).toBe('not-found');
  });

  it('attributes McConaghy’s quote in the denial article to him', () => {
    const denial = [...corpus.documents.values()].find((document) => document.text.includes('Ben McConaghy'))!;
    const quotes = findQuotedPassages(denial.text, corpus);
    const follow = quotes.find((quote) => quote.text.startsWith('We follow a consistent global process'));
    expect(follow?.speakerId).toBe('ben-mcconaghy');
    expect(checkQuote(follow!.text, corpus).verdict).toBe('verbatim');
  });
});
