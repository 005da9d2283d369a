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
import { registryWithBuiltin } from '../core/corpus/builtin-corpus.ts';
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
});
