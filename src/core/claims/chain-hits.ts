/**
 * The single pass over a page: runs the token automaton over the token stream
 * and chains the segment hits of each literal chain across its gaps.
 *
 * Chaining is lazy: the pass only records where each phrase ended (each that a
 * later segment may look back at), and works back through a chain's earlier
 * segments when its LAST segment is found, looking only as far back as each
 * gap allows. A common word that starts thirty chains ("kazakhstan") so costs
 * one record, not thirty partial chains of which almost none complete. Work
 * stays linear in the page.
 */
import type { TokenAutomaton } from './aho-corasick.ts';
import type { KnownTokens } from './known-tokens.ts';

/** The shape of a literal chain: its segments' lengths in tokens and the gap limits between them. */
export interface ChainShape {
  segmentLengths: readonly number[];
  gaps: readonly number[];
}

/** Which chain and which of its segments an automaton phrase stands for: `[chain, segment]`. */
export type SegmentUse = readonly [chain: number, segment: number];

/** A whole chain found in the tokens: first and last token indices (inclusive) and the words skipped in gaps. */
export interface ChainHit {
  chain: number;
  first: number;
  last: number;
  skipped: number;
}

/**
 * Finds every complete chain hit in token streams, one stream at a time. One
 * finder serves a matcher for its life: its hidden class, and so the code
 * optimised for it, outlives the collections between pages.
 */
export class ChainFinder {
  // Hits and starts go into arrays of numbers for the finder's life, emptied between texts: an
  // object per hit or start would be allocated in the hot loop, and V8 deoptimises code whose
  // allocations it moves to the old generation (many hits outlive a scavenge).
  readonly #hitChain: number[] = [];
  readonly #hitFirst: number[] = [];
  readonly #hitLast: number[] = [];
  readonly #hitSkipped: number[] = [];
  // Words skipped by the start #startOf returned last.
  #skipped = 0;
  readonly #automaton: TokenAutomaton;
  readonly #shapes: readonly ChainShape[];
  // Per phrase p, the last segments of chains it stands for: entries #finalsFrom[p] up to
  // #finalsFrom[p + 1] of the four arrays after it, which give each one's chain and segment, the
  // phrase of the segment before (-1 for none) and how far back that one may end (segment length
  // plus gap). Flat typed arrays: they are read at every phrase end of a page.
  readonly #finalsFrom: Int32Array;
  readonly #finalChain: Int32Array;
  readonly #finalSegment: Int32Array;
  readonly #finalBefore: Int32Array;
  readonly #finalReach: Int32Array;
  readonly #ends: { last: number[]; paragraph: number[] }[];
  // Per phrase, how many of its ends this text recorded. Its arrays keep their room from one text
  // to the next (emptied, they were grown again element by element on every page), and are read
  // only up to this count.
  readonly #endCount: Int32Array;
  // Per phrase, the last token of its latest end this text (NO_END before the first): a phrase
  // may end the last segment of dozens of chains, each asking whether its segment before ended
  // near enough, and one read of a typed array answers most of them.
  readonly #latestEnd: Int32Array;
  // Per phrase, 1 if it stands for a segment before another: only such a phrase's ends are
  // looked back at (on the bench's story text, nearly half the phrase ends are of the others).
  readonly #leads: Uint8Array;
  // The phrases with ends recorded since the last reset: a text meets few of the pack's many phrases.
  readonly #phrasesEnded: number[] = [];
  // Per chain, the phrase of each segment.
  readonly #phraseOf: number[][];
  // Starts already worked out for an inner segment ending at a token, keyed by chain, segment and
  // token: -1 for none, else an index into the two arrays after it.
  readonly #memo = new Map<number, number>();
  readonly #memoFirst: number[] = [];
  readonly #memoSkipped: number[] = [];
  readonly #segmentsMax: number;

  /** A finder for the chains `shapes`, whose segments are the automaton's phrases as `uses` says. */
  constructor(automaton: TokenAutomaton, uses: readonly (readonly SegmentUse[])[], shapes: readonly ChainShape[]) {
    this.#automaton = automaton;
    this.#shapes = shapes;
    this.#ends = uses.map(() => ({ last: [], paragraph: [] }));
    this.#endCount = new Int32Array(uses.length);
    this.#latestEnd = new Int32Array(uses.length).fill(NO_END);
    this.#leads = Uint8Array.from(uses, (list) =>
      list.some(([chain, segment]) => segment < shapes[chain]!.gaps.length) ? 1 : 0,
    );
    this.#phraseOf = shapes.map(() => []);
    uses.forEach((list, phrase) => list.forEach(([chain, segment]) => (this.#phraseOf[chain]![segment] = phrase)));
    const finals = uses.map((list) => list.filter(([chain, segment]) => segment === shapes[chain]!.gaps.length));
    this.#finalsFrom = new Int32Array(uses.length + 1);
    finals.forEach((list, phrase) => (this.#finalsFrom[phrase + 1] = this.#finalsFrom[phrase]! + list.length));
    const flat = finals.flat();
    this.#finalChain = Int32Array.from(flat, ([chain]) => chain);
    this.#finalSegment = Int32Array.from(flat, ([, segment]) => segment);
    this.#finalBefore = Int32Array.from(flat, ([chain, segment]) =>
      segment > 0 ? this.#phraseOf[chain]![segment - 1]! : -1,
    );
    this.#finalReach = Int32Array.from(
      flat,
      ([chain, segment]) => shapes[chain]!.segmentLengths[segment]! + (shapes[chain]!.gaps[segment - 1] ?? 0),
    );
    this.#segmentsMax = Math.max(1, ...shapes.map((shape) => shape.segmentLengths.length));
  }

  /**
   * Scans `tokens` once and returns every complete chain hit. For a given chain
   * and end token it keeps the earliest start (the longest match), then the
   * fewest skipped words.
   */
  find(tokens: KnownTokens): ChainHit[] {
    this.#reset();
    // In slices, for the reason scanWordRanges gives: the loop then runs in a function V8
    // optimises for good, not only while one page's call is on the stack.
    let state = this.#automaton.start;
    for (let k = 0; k < tokens.count; k += SLICE)
      state = this.#read(tokens, k, Math.min(tokens.count, k + SLICE), state);
    const hits: ChainHit[] = [];
    for (let hit = 0; hit < this.#hitChain.length; hit += 1) {
      hits.push({
        chain: this.#hitChain[hit]!,
        first: this.#hitFirst[hit]!,
        last: this.#hitLast[hit]!,
        skipped: this.#hitSkipped[hit]!,
      });
    }
    this.#reset();
    return hits;
  }

  // Runs the automaton over tokens [from, to) from `state`, recording phrase ends; returns the state after.
  #read(tokens: KnownTokens, from: number, to: number, state: number): number {
    const automaton = this.#automaton;
    let paragraph = tokens.paragraph[from > 0 ? from - 1 : 0]!;
    let previous = from > 0 ? tokens.index[from - 1]! : -1;
    for (let k = from; k < to; k += 1) {
      const last = tokens.index[k]!;
      // A match never spans a paragraph break: forget everything read before it. A word
      // no phrase contains (skipped in the stream) leads back to the start state too.
      if (tokens.paragraph[k] !== paragraph || last !== previous + 1) state = automaton.start;
      paragraph = tokens.paragraph[k]!;
      previous = last;
      state = automaton.next(state, tokens.symbol[k]!);
      const until = automaton.phrasesFrom[state + 1]!;
      for (let at = automaton.phrasesFrom[state]!; at < until; at += 1) {
        this.#phraseEnds(automaton.phrases[at]!, last, paragraph);
      }
    }
    return state;
  }

  // Drops what the last stream left: nothing of a page is read after its scan (the ends keep
  // only their room).
  #reset(): void {
    for (const list of [this.#hitChain, this.#hitFirst, this.#hitLast, this.#hitSkipped]) list.length = 0;
    this.#memoFirst.length = 0;
    this.#memoSkipped.length = 0;
    for (const phrase of this.#phrasesEnded) {
      this.#endCount[phrase] = 0;
      this.#latestEnd[phrase] = NO_END;
    }
    this.#phrasesEnded.length = 0;
    this.#memo.clear();
  }

  /** Records that `phrase` ends at token `last`, and reports every chain it completes there. */
  #phraseEnds(phrase: number, last: number, paragraph: number): void {
    if (this.#leads[phrase] === 1) this.#record(phrase, last, paragraph);
    const until = this.#finalsFrom[phrase + 1]!;
    for (let use = this.#finalsFrom[phrase]!; use < until; use += 1) {
      // Most last segments have no earlier segment ending near enough: the latest end
      // recorded (ends are in scan order) already says so, without a search.
      const previous = this.#finalBefore[use]!;
      if (previous >= 0 && this.#latestEnd[previous]! < last - this.#finalReach[use]!) continue;
      const chain = this.#finalChain[use]!;
      const first = this.#startOf(chain, this.#finalSegment[use]!, last, paragraph);
      if (first < 0) continue;
      this.#hitChain.push(chain);
      this.#hitFirst.push(first);
      this.#hitLast.push(last);
      this.#hitSkipped.push(this.#skipped);
    }
  }

  // Records an end of a phrase that leads a later segment, for that segment to look back at.
  #record(phrase: number, last: number, paragraph: number): void {
    const ends = this.#ends[phrase]!;
    const count = this.#endCount[phrase]!;
    if (count === 0) this.#phrasesEnded.push(phrase);
    ends.last[count] = last;
    ends.paragraph[count] = paragraph;
    this.#endCount[phrase] = count + 1;
    this.#latestEnd[phrase] = last;
  }

  /**
   * The first token of the best start of `chain` found up to `segment` ending at token `last`,
   * or -1; the words it skipped are then in #skipped.
   */
  #startOf(chain: number, segment: number, last: number, paragraph: number): number {
    const shape = this.#shapes[chain]!;
    const first = last - shape.segmentLengths[segment]! + 1;
    this.#skipped = 0;
    if (segment === 0) return first;
    // Only inner segments are asked again (by later hits of the next segment): a last one
    // is never memoised, so it need not be looked up either.
    const inner = segment < shape.gaps.length;
    const key = inner ? (last * this.#shapes.length + chain) * this.#segmentsMax + segment : 0;
    if (inner) {
      const known = this.#memo.get(key);
      if (known !== undefined) {
        if (known < 0) return -1;
        this.#skipped = this.#memoSkipped[known]!;
        return this.#memoFirst[known]!;
      }
    }
    const gap = shape.gaps[segment - 1]!;
    const phrase = this.#phraseOf[chain]![segment - 1]!;
    const ends = this.#ends[phrase]!;
    let bestFirst = -1;
    let bestSkipped = 0;
    // The previous segment must end before this one starts, at most `gap` words before, in this paragraph.
    for (let i = lastBelow(ends.last, this.#endCount[phrase]!, first); i >= 0; i -= 1) {
      const end = ends.last[i]!;
      if (end < first - 1 - gap || ends.paragraph[i] !== paragraph) break;
      const before = this.#startOf(chain, segment - 1, end, paragraph);
      if (before < 0) continue;
      const skipped = this.#skipped + (first - 1 - end);
      if (bestFirst < 0 || before < bestFirst || (before === bestFirst && skipped < bestSkipped)) {
        bestFirst = before;
        bestSkipped = skipped;
      }
    }
    if (inner) {
      this.#memo.set(key, bestFirst < 0 ? -1 : this.#memoFirst.length);
      if (bestFirst >= 0) {
        this.#memoFirst.push(bestFirst);
        this.#memoSkipped.push(bestSkipped);
      }
    }
    this.#skipped = bestSkipped;
    return bestFirst;
  }
}

// Below any token's index less any reach.
const NO_END = -(2 ** 31);

// Tokens per slice of the automaton's pass.
const SLICE = 2048;

/** The index of the last of the first `count` elements of the ascending `list` below `bound`, or -1. */
function lastBelow(list: readonly number[], count: number, bound: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < bound) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
