/**
 * The language fixture pages (Russian, Kazakh, English without the system's
 * name, Dutch, German, Hungarian, and near misses in each) through the same
 * reading, detection and matching as the extension: each is recognised or not
 * as expected, and on pages in a language the pack has patterns for, every
 * central claim read by hand is found. Expectations: tests/fixtures/pages/language-pages.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PAGES } from '../../tests/fixtures/pages/language-pages.ts';
import { registryWithBuiltin } from '../core/corpus/builtin-registry.ts';
import { annotatePage } from './annotate-page.ts';
import { readPage } from './read-page.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');
const corpus = registryWithBuiltin().corpus;

function annotate(file: string) {
  return annotatePage(readPage(readFileSync(join(PAGES, file), 'utf8'), file), corpus);
}

describe.each(LANGUAGE_PAGES.map((page) => [page.file, page] as const))('%s', (file, page) => {
  const annotation = annotate(file);

  it(page.about ? 'is recognised as the story' : 'is not taken for the story, and nothing is marked', () => {
    expect(annotation.about).toBe(page.about);
    if (!page.about) expect(annotation.claims).toEqual([]);
  });

  it.skipIf(!page.patternsExpected || !page.about)('has every central claim highlighted', () => {
    const found = new Set(annotation.claims.map((claim) => claim.id));
    expect(page.claims.filter((id) => !found.has(id))).toEqual([]);
  });

  it.skipIf(page.quotes.length === 0)('gives each quote it checks the verdict read by hand', () => {
    const wrong = page.quotes.flatMap((expected) => {
      const found = annotation.quotes.find((quote) => sameQuote(quote.text, expected.text));
      return found && found.verdict !== expected.verdict ? [`${expected.text}: ${found.verdict}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});

// Quote marks and trailing punctuation differ between what a page prints and what is checked.
const sameQuote = (a: string, b: string) => a.slice(0, 24) === b.slice(0, 24);

describe('translated quotes', () => {
  const verdictOf = (file: string, start: string) =>
    annotate(file).quotes.find((quote) => quote.text.startsWith(start))?.verdict;

  it('are marked as translations, never "not found", in Dutch, Russian, Kazakh, German and Hungarian', () => {
    expect(verdictOf('nl-report.html', 'We volgen wereldwijd')).toBe('translation');
    expect(verdictOf('ru-report.html', 'Мы следуем единому')).toBe('translation');
    expect(verdictOf('ru-report.html', 'Правительство выпустило')).toBe('translation');
    expect(verdictOf('kk-report.html', 'Біз жекелеген')).toBe('translation');
    expect(verdictOf('de-report.html', 'Facebook freut sich')).toBe('translation');
    expect(verdictOf('hu-report.html', 'A kormány')).toBe('translation');
  });

  it("while an invented quote in the sources' language is still not found", () => {
    expect(verdictOf('en-censorship.html', 'We gave Kazakhstan a special key')).toBe('not-found');
  });

  it("come with the speaker's statements, the one they render first", () => {
    const quote = annotate('nl-report.html').quotes.find((q) => q.text.startsWith('We volgen wereldwijd'))!;
    const first = corpus.statements.get('denial-mcconaghy-same-process')!;
    expect(quote.sources[0]).toBe(first.document);
    expect(quote.similarity).toBeGreaterThan(0.2);
  });

  it('reports the page language', () => {
    expect(
      ['nl-report.html', 'ru-report.html', 'kk-report.html', 'en-censorship.html'].map((f) => annotate(f).language),
    ).toEqual(['nl', 'ru', 'kk', 'en']);
  });
});
