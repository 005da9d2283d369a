/**
 * The quote findings of a scan, pinned: tests/fixtures/scan-quotes.json was
 * written by scanText as it was before the performance work of issue #8
 * (main at c3aed03), on every fixture page and 300 KB of generated text:
 * which passages are checked, who says them, and the verdict. The stepwise
 * scan the page runs must find the same. scripts/reference/pin.sh re-pins it when
 * the pack or the pages change, by running that reference code on them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { scanTextInSteps } from '../../src/core/scan-steps.ts';
import { scanText, type TextScan } from '../../src/core/scan-text.ts';
import { fixturePageTexts, generatedText } from '../support/match-texts.ts';

type Row = [start: number, end: number, speakerId: string | null, verdict: string];

const reference = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scan-quotes.json'), 'utf8')) as {
  pages: Record<string, Row[]>;
  generated: { chars: number; seed: number; count: number; sha256: string; first: Row[] };
};

const rows = (scan: TextScan): Row[] =>
  scan.quotes.map((quote) => [quote.start, quote.end, quote.speakerId ?? null, quote.check.verdict]);

describe('quote findings are those of the reference scan', () => {
  const corpus = builtinCorpus();

  for (const [name, text] of fixturePageTexts()) {
    it(`on ${name}, whole and in steps`, async () => {
      expect(rows(scanText(text, corpus))).toEqual(reference.pages[name]);
      expect(rows(await scanTextInSteps(text, corpus, () => undefined, {}, 500))).toEqual(reference.pages[name]);
    });
  }

  it('on 300 KB of generated text', async () => {
    const { chars, seed, count, sha256, first } = reference.generated;
    const text = generatedText(chars, seed);
    for (const found of [rows(scanText(text, corpus)), rows(await scanTextInSteps(text, corpus, () => undefined))]) {
      expect(found.slice(0, first.length)).toEqual(first);
      expect(found).toHaveLength(count);
      expect(createHash('sha256').update(JSON.stringify(found)).digest('hex')).toBe(sha256);
    }
  });
});
