import { describe, expect, it } from 'vitest';
import { random } from '../../../tests/support/random.ts';
import type { ChainHit } from './chain-hits.ts';
import { keepLongest } from './keep-longest.ts';

// The rule itself, over all of a claim's hits at once: best first, skip what overlaps one taken.
function keepGreedily(hits: readonly ChainHit[], claimOf: Int32Array): ChainHit[] {
  const ranked = [...hits].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.skipped - b.skipped || a.chain - b.chain || a.first - b.first,
  );
  const taken: ChainHit[] = [];
  for (const hit of ranked) {
    const overlaps = taken.some(
      (other) => claimOf[other.chain] === claimOf[hit.chain] && other.first <= hit.last && hit.first <= other.last,
    );
    if (!overlaps) taken.push(hit);
  }
  return hits.filter((hit) => taken.includes(hit));
}

describe('keepLongest', () => {
  it('keeps what choosing best first over each claim keeps, in the order hits came', () => {
    const claimOf = Int32Array.from({ length: 12 }, (_, chain) => chain % 3);
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const pick = (below: number) => Math.floor(next() * below);
      // Hits by last word, as the chain finder gives them: some long (reaching back over
      // several shorter ones), some at one word, some sharing their last word.
      const hits: ChainHit[] = [];
      for (let last = 0, count = 1 + pick(40); hits.length < count; last += pick(4)) {
        const span = next() < 0.1 ? 6 + pick(12) : pick(4);
        hits.push({ chain: pick(12), first: Math.max(0, last - span), last, skipped: pick(3) });
      }
      // A failure names its seed.
      expect(keepLongest(hits, claimOf, 3), `seed ${seed}`).toEqual(keepGreedily(hits, claimOf));
    }
  });

  it('lets a long hit win over shorter ones it overlaps on both sides', () => {
    const claimOf = new Int32Array([0, 0, 0]);
    const hits: ChainHit[] = [
      { chain: 0, first: 2, last: 3, skipped: 0 },
      { chain: 1, first: 6, last: 7, skipped: 0 },
      { chain: 2, first: 3, last: 9, skipped: 0 },
    ];
    expect(keepLongest(hits, claimOf, 1)).toEqual([hits[2]]);
  });
});
