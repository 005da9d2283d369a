import { describe, expect, it } from 'vitest';
import type { ClaimMatch } from './find-claims.ts';
import { packClaims, unpackClaims } from './packed-claims.ts';

const match = (claimId: string, start: number, patternId = `${claimId}-en`, confidence = 1): ClaimMatch => ({
  claimId,
  start,
  end: start + 15,
  patternId,
  confidence,
});

describe('packed claim matches', () => {
  it('send each id once and come back equal, in order', () => {
    const matches = [
      match('joint-statement', 0),
      match('exclusive-access', 40, 'exclusive-ru', 0.85),
      match('joint-statement', 100, 'joint-statement-ru', 0.95),
    ];
    const packed = packClaims(matches);
    expect(packed.claimIds).toEqual(['joint-statement', 'exclusive-access']);
    expect(packed.patternIds).toEqual(['joint-statement-en', 'exclusive-ru', 'joint-statement-ru']);
    expect(packed.matches).toEqual([0, 15, 0, 0, 1, 40, 55, 1, 1, 0.85, 100, 115, 0, 2, 0.95]);
    expect(unpackClaims(JSON.parse(JSON.stringify(packed)))).toEqual(matches);
    expect(unpackClaims(packClaims([]))).toEqual([]);
  });

  it('refuse a match whose claim or pattern is missing', () => {
    expect(() => unpackClaims({ claimIds: ['a'], patternIds: [], matches: [0, 5, 0, 0, 1] })).toThrow(
      /match 0 names no claim/,
    );
    expect(() => unpackClaims({ claimIds: [], patternIds: ['p'], matches: [0, 5, 0, 0, 1] })).toThrow(/names no/);
  });
});
