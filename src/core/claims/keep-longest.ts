/**
 * Resolves overlapping matches of the same claim: the longest wins, then the
 * one with fewer skipped words, then the earlier pattern. Matches of
 * different claims may overlap freely.
 */
import type { ChainHit } from './chain-hits.ts';

/**
 * Keeps, per claim, a set of non-overlapping hits chosen greedily, best first, in the order they
 * came. `hits` must be in the order of their last word, as ChainFinder gives them; `claimOf` gives
 * each chain's claim, from 0 to `claims` - 1. A chain's index is its rank (claim-tables.ts), so
 * the lower one wins a tie.
 *
 * Choosing best first over a claim's hits chooses the same within each group of hits that
 * overlap one another (a hit only ever excludes hits it overlaps), and most groups on a page are
 * a single hit: only groups of three or more are sorted, not the page's hits.
 */
export function keepLongest(hits: readonly ChainHit[], claimOf: Int32Array, claims: number): ChainHit[] {
  // The hits' indices by claim, each claim's in the hits' order: a counting sort.
  const from = new Int32Array(claims + 1);
  for (const hit of hits) from[claimOf[hit.chain]! + 1]! += 1;
  for (let claim = 0; claim < claims; claim += 1) from[claim + 1]! += from[claim]!;
  const byClaim = new Int32Array(hits.length);
  const next = from.slice(0, claims);
  hits.forEach((hit, index) => (byClaim[next[claimOf[hit.chain]!]!++] = index));
  const kept = new Uint8Array(hits.length);
  const firstAfter = new Int32Array(hits.length);
  for (let claim = 0; claim < claims; claim += 1) {
    const begin = from[claim]!;
    const end = from[claim + 1]!;
    // Most claims have no hit in a chunk of text, or one, which is kept: no subarray for those. The
    // scan reads a 1 MB page in ~125 chunks, each asking of every claim, and a subarray costs
    // microseconds in code not yet optimised: ~50 ms of the worker's first scan of that page.
    if (end - begin === 1) kept[byClaim[begin]!] = 1;
    else if (end > begin) keepInClaim(hits, byClaim.subarray(begin, end), firstAfter, kept);
  }
  return hits.filter((_, index) => kept[index] === 1);
}

// Marks in `kept` the hits of one claim (`indices`, by last word) that are kept. `firstAfter` is
// room for as many numbers.
function keepInClaim(hits: readonly ChainHit[], indices: Int32Array, firstAfter: Int32Array, kept: Uint8Array): void {
  const count = indices.length;
  // firstAfter[k]: the lowest first word of the hits after the k-th (the last has none). A group
  // ends at the k-th hit when every later one starts after its last word (no earlier hit ends
  // later than it).
  let lowest = count > 0 ? hits[indices[count - 1]!]!.first : 0;
  for (let k = count - 2; k >= 0; k -= 1) {
    firstAfter[k] = lowest;
    lowest = Math.min(lowest, hits[indices[k]!]!.first);
  }
  let start = 0;
  for (let k = 0; k < count; k += 1) {
    if (k + 1 < count && firstAfter[k]! <= hits[indices[k]!]!.last) continue;
    if (k === start) kept[indices[k]!] = 1;
    // Two hits in a group overlap: the better one is kept. Most groups of more than one are pairs.
    else if (k === start + 1) kept[indices[better(hits[indices[start]!]!, hits[indices[k]!]!) <= 0 ? start : k]!] = 1;
    else keepInGroup(hits, indices.subarray(start, k + 1), kept);
    start = k + 1;
  }
}

// Takes the hits of a group best first, skipping any that overlaps one taken.
function keepInGroup(hits: readonly ChainHit[], indices: Int32Array, kept: Uint8Array): void {
  const group = Array.from(indices).sort((a, b) => better(hits[a]!, hits[b]!));
  let low = Infinity;
  let high = 0;
  for (const index of group) {
    low = Math.min(low, hits[index]!.first);
    high = Math.max(high, hits[index]!.last);
  }
  const covered = new Uint8Array(high - low + 1);
  for (const index of group) {
    const { first, last } = hits[index]!;
    let free = true;
    for (let word = first; word <= last && free; word += 1) free = covered[word - low] === 0;
    if (!free) continue;
    covered.fill(1, first - low, last - low + 1);
    kept[index] = 1;
  }
}

// At module level, not a closure made by each call: V8 would optimise each page's anew.
function better(a: ChainHit, b: ChainHit): number {
  return b.last - b.first - (a.last - a.first) || a.skipped - b.skipped || a.chain - b.chain || a.first - b.first;
}
