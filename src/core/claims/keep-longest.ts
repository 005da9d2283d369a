/**
 * Resolves overlapping matches of the same claim: the longest wins, then the
 * one with fewer skipped words, then the earlier pattern. Matches of
 * different claims may overlap freely.
 */
import type { ChainHit } from './chain-hits.ts';

/**
 * Keeps, per claim, a set of non-overlapping hits chosen greedily, best first. `claimOf` gives
 * each chain's claim; a chain's index is its rank (claim-tables.ts), so the lower one wins a tie.
 */
export function keepLongest(hits: readonly ChainHit[], claimOf: readonly string[]): ChainHit[] {
  const byClaim = new Map<string, ChainHit[]>();
  for (const hit of hits) {
    const claimId = claimOf[hit.chain]!;
    const list = byClaim.get(claimId);
    if (list) list.push(hit);
    else byClaim.set(claimId, [hit]);
  }
  // Which words the hits kept so far cover: one array for all claims, cleared after each.
  let words = 0;
  for (const hit of hits) words = Math.max(words, hit.last + 1);
  const covered = new Uint8Array(words);
  const kept: ChainHit[] = [];
  for (const list of byClaim.values()) keepDisjoint(list.sort(better), covered, kept);
  return kept;
}

// At module level, not a closure made by each call: V8 would optimise each page's anew.
function better(a: ChainHit, b: ChainHit): number {
  return b.last - b.first - (a.last - a.first) || a.skipped - b.skipped || a.chain - b.chain || a.first - b.first;
}

/**
 * Takes hits in the given order into `kept`, skipping any that overlaps one taken from this
 * list. They are added in the order taken: the matcher sorts every match by position afterwards.
 */
function keepDisjoint(ordered: readonly ChainHit[], covered: Uint8Array, kept: ChainHit[]): void {
  const from = kept.length;
  for (const hit of ordered) {
    let free = true;
    for (let word = hit.first; word <= hit.last && free; word += 1) free = covered[word] === 0;
    if (!free) continue;
    covered.fill(1, hit.first, hit.last + 1);
    kept.push(hit);
  }
  for (let k = from; k < kept.length; k += 1) covered.fill(0, kept[k]!.first, kept[k]!.last + 1);
}
