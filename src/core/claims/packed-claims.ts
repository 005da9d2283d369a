/**
 * Claim matches as the scan service sends them: each claim and pattern id
 * once, and five numbers per match. A page repeats its claims: on the 1 MB
 * bench page 6,420 matches were 0.7 MB of JSON objects, which the page's
 * main thread parsed in the one task that received the answer. Numbers in a
 * flat array parse several times faster than objects with keys.
 */
import { DistinctValues } from '../distinct-values.ts';
import type { ClaimMatch } from './find-claims.ts';

/** Claim matches with their ids stored once. */
export interface PackedClaims {
  claimIds: string[];
  patternIds: string[];
  /** Per match, in order: start, end, its claim's and its pattern's index, confidence. */
  matches: number[];
}

const FIELDS = 5;

/** Packs matches for sending; `unpackClaims` gives back equal ones. */
export function packClaims(matches: readonly ClaimMatch[]): PackedClaims {
  const claimIds = new DistinctValues<string>();
  const patternIds = new DistinctValues<string>();
  const numbers: number[] = [];
  for (const { claimId, start, end, patternId, confidence } of matches)
    numbers.push(start, end, claimIds.indexOf(claimId), patternIds.indexOf(patternId), confidence);
  return { claimIds: claimIds.values, patternIds: patternIds.values, matches: numbers };
}

/** The matches packed in `packed`. */
export function unpackClaims(packed: PackedClaims): ClaimMatch[] {
  const { claimIds, patternIds, matches: numbers } = packed;
  const matches: ClaimMatch[] = [];
  for (let i = 0; i + FIELDS <= numbers.length; i += FIELDS) {
    const claimId = claimIds[numbers[i + 2]!];
    const patternId = patternIds[numbers[i + 3]!];
    if (claimId === undefined || patternId === undefined)
      throw new Error(`Counterpoint: packed claim match ${i / FIELDS} names no claim or pattern`);
    matches.push({ claimId, start: numbers[i]!, end: numbers[i + 1]!, patternId, confidence: numbers[i + 4]! });
  }
  return matches;
}
