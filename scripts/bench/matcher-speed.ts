/**
 * Section 1 of `npm run bench`: the claim matcher's MB/s on 1 MB of story
 * text in Node, beside a plain `toLowerCase().split()` of the same text (how
 * fast this machine is today). `node --expose-gc --import tsx
 * scripts/bench/matcher-speed.ts [runs]`; bench.ts starts it.
 *
 * A process of its own, holding only the matcher and its text, as the
 * extension's worker does. In the bench's own process, which also holds
 * Playwright and the page-load code (twice the heap), the full collection
 * before each run slowed the matcher's next run: 1.27x to 1.57x the split's
 * speed against 1.71x to 1.83x here (three runs each, alternating, the same hour).
 */
import { builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { compileClaimMatcher } from '../../src/core/claims/find-claims.ts';
import { storyPageText } from './bench-pages.ts';
import { median, medianTime } from './median.ts';

const RUNS = Number(process.argv[2] ?? 21);

console.log(`1. The claim matcher in Node on 1 MB of story text (median of ${RUNS} runs, alternating)`);
const matcher = compileClaimMatcher([...builtinCorpus().claims.values()]);
// The matcher reads its 1 MB where it lies in the page's text, as the scan reads each chunk.
const page = storyPageText(1_000_000);
const text = page.slice(0, 1_000_000);
const ours: number[] = [];
const split: number[] = [];
matcher.find(page, 0, text.length); // Warm: the first run also stems every distinct word once.
// A full collection before each run, so neither pays for the other's garbage (--expose-gc).
for (let i = 0; i < RUNS; i++) {
  globalThis.gc?.();
  ours.push(medianTime(1, () => matcher.find(page, 0, text.length)));
  globalThis.gc?.();
  split.push(medianTime(1, () => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
}
const mbps = (values: number[]) => (1000 / median(values)).toFixed(1);
console.log(`   matcher ${mbps(ours)} MB/s (${median(ours).toFixed(0)} ms)`);
console.log(
  `   for scale, toLowerCase().split(/[^\\p{L}\\p{N}]+/u): ${mbps(split)} MB/s (${median(split).toFixed(0)} ms); ` +
    `the matcher ${(median(split) / median(ours)).toFixed(2)}x its speed`,
);
