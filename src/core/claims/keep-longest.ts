/**
 * Resolves overlapping matches of the same claim: the longest wins, then the
 * one with fewer skipped words, then the earlier pattern. Matches of
 * different claims may overlap freely.
 */
import type { ChainHit } from './chain-hits.ts';

/** Keeps, per claim, a set of non-overlapping hits chosen greedily, best first. */
export function keepLongest(
  hits: readonly ChainHit[],
  chains: readonly { claimId: string; rank: number }[],
): ChainHit[] {
  const byClaim = new Map<string, ChainHit[]>();
  for (const hit of hits) {
    const claimId = chains[hit.chain]!.claimId;
    const list = byClaim.get(claimId);
    if (list) list.push(hit);
    else byClaim.set(claimId, [hit]);
  }
  const length = (hit: ChainHit) => hit.last - hit.first;
  const rank = (hit: ChainHit) => chains[hit.chain]!.rank;
  const better = (a: ChainHit, b: ChainHit) =>
    length(b) - length(a) || a.skipped - b.skipped || rank(a) - rank(b) || a.first - b.first;
  return [...byClaim.values()].flatMap((list) => keepDisjoint(list.sort(better)));
}

/** Takes hits in the given order, skipping any that overlaps one already taken. */
function keepDisjoint(ordered: readonly ChainHit[]): ChainHit[] {
  const kept: ChainHit[] = []; // Sorted by first token; disjoint, so also by last.
  for (const hit of ordered) {
    // The kept hit starting last at or before hit.last is the only one that can overlap it.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid]!.first <= hit.last) low = mid + 1;
      else high = mid;
    }
    const before = kept[low - 1];
    if (before && before.last >= hit.first) continue;
    kept.splice(low, 0, hit);
  }
  return kept;
}
