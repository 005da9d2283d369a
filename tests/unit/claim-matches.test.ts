/**
 * The claim matcher's output, pinned: tests/fixtures/claim-matches.json was
 * written by the matcher as it was before the performance work of issue #8
 * (commit 9caaeac), on every fixture page and on 1 MB of generated text. Any
 * faster matcher must find exactly the same claims at exactly the same offsets.
 * When the pack, the stemmers or the pages change, scripts/reference/pin.sh re-pins it
 * by running that reference code on them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { findClaims, type ClaimMatch } from '../../src/core/claims/find-claims.ts';
import { fixturePageTexts, generatedText } from '../support/match-texts.ts';

type Row = [claimId: string, start: number, end: number, patternId: string, confidence: number];

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'claim-matches.json'), 'utf8'),
) as {
  pages: Record<string, Row[]>;
  generated: {
    chars: number;
    seed: number;
    count: number;
    sha256: string;
    first: Row[];
    perClaim: Record<string, number>;
  };
};

const rows = (matches: readonly ClaimMatch[]): Row[] =>
  matches.map((m) => [m.claimId, m.start, m.end, m.patternId, m.confidence]);

describe('claim matches are those of the reference matcher', () => {
  const corpus = builtinCorpus();

  it('covers every fixture page', () => {
    expect([...fixturePageTexts().keys()]).toEqual(Object.keys(reference.pages));
  });

  for (const [name, text] of fixturePageTexts()) {
    it(`on ${name}`, () => {
      expect(rows(findClaims(text, corpus))).toEqual(reference.pages[name]);
    });
  }

  it('on 1 MB of generated text with Unicode noise', () => {
    const { chars, seed, count, sha256, first, perClaim } = reference.generated;
    const found = rows(findClaims(generatedText(chars, seed), corpus));
    expect(found.slice(0, first.length)).toEqual(first);
    const counts: Record<string, number> = {};
    for (const [claimId] of found) counts[claimId] = (counts[claimId] ?? 0) + 1;
    expect(counts).toEqual(perClaim);
    expect(found).toHaveLength(count);
    expect(createHash('sha256').update(JSON.stringify(found)).digest('hex')).toBe(sha256);
  });
});
