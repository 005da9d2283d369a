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
  // Which words the hits kept so far cover: one array for all claims, cleared after each.
  const covered = new Uint8Array(hits.reduce((most, hit) => Math.max(most, hit.last + 1), 0));
  return [...byClaim.values()].flatMap((list) => keepDisjoint(list.sort(better), covered));
}

/**
 * Takes hits in the given order, skipping any that overlaps one already taken. The hits come
 * back in the order taken: the matcher sorts them by position afterwards.
 */
function keepDisjoint(ordered: readonly ChainHit[], covered: Uint8Array): ChainHit[] {
  const kept: ChainHit[] = [];
  for (const hit of ordered) {
    let free = true;
    for (let word = hit.first; word <= hit.last && free; word += 1) free = covered[word] === 0;
    if (!free) continue;
    covered.fill(1, hit.first, hit.last + 1);
    kept.push(hit);
  }
  for (const hit of kept) covered.fill(0, hit.first, hit.last + 1);
  return kept;
}
