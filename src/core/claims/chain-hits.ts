/**
 * The single pass over a page: runs the token automaton over the token stream
 * and chains the segment hits of each literal chain across its gaps, with a
 * small dynamic programme over hits in position order. Work and memory stay
 * linear in the page: each hit looks back only as far as its gap allows, and
 * partial chains older than that are dropped.
 */
import type { Token } from '../text/tokenize.ts';
import type { TokenAutomaton } from './aho-corasick.ts';

/** The shape of a literal chain: its segments' lengths in tokens and the gap limits between them. */
export interface ChainShape {
  segmentLengths: readonly number[];
  gaps: readonly number[];
}

/** Which chain and which of its segments an automaton phrase stands for. */
export interface SegmentUse {
  chain: number;
  segment: number;
}

/** A whole chain found in the tokens: first and last token indices (inclusive) and the words skipped in gaps. */
export interface ChainHit {
  chain: number;
  first: number;
  last: number;
  skipped: number;
}

/** A chain found up to one of its inner segments, waiting for the next. */
interface Partial {
  last: number;
  first: number;
  skipped: number;
  paragraph: number;
}

/**
 * Scans `tokens` once and returns every complete chain hit. For a given chain
 * and end token it keeps the earliest start (the longest match), then the
 * fewest skipped words.
 */
export function chainHits(
  tokens: readonly Token[],
  automaton: TokenAutomaton,
  uses: readonly (readonly SegmentUse[])[],
  shapes: readonly ChainShape[],
): ChainHit[] {
  const chainer = new Chainer(shapes);
  let state = automaton.start;
  let paragraph = tokens[0]?.paragraph ?? 0;
  tokens.forEach((token, last) => {
    // A match never spans a paragraph break: forget everything read before it.
    if (token.paragraph !== paragraph) state = automaton.start;
    paragraph = token.paragraph;
    state = automaton.next(state, token.stem);
    automaton.forEachPhrase(state, (phrase) => {
      for (const use of uses[phrase]!) chainer.segmentHit(use, last, paragraph);
    });
  });
  return chainer.hits;
}

/** The dynamic programme: partial chains per chain and segment, and the complete hits. */
class Chainer {
  readonly hits: ChainHit[] = [];
  readonly #shapes: readonly ChainShape[];
  readonly #partials: Partial[][][];
  readonly #horizons: number[];

  constructor(shapes: readonly ChainShape[]) {
    this.#shapes = shapes;
    this.#partials = shapes.map((shape) => shape.gaps.map((): Partial[] => []));
    this.#horizons = shapes.map((shape) => Math.max(...shape.segmentLengths) + Math.max(0, ...shape.gaps) + 1);
  }

  /** Records that segment `use.segment` of chain `use.chain` ends at token `last`. */
  segmentHit({ chain, segment }: SegmentUse, last: number, paragraph: number): void {
    const shape = this.#shapes[chain]!;
    const partials = this.#partials[chain]!;
    const first = last - shape.segmentLengths[segment]! + 1;
    const start =
      segment === 0
        ? { first, skipped: 0 }
        : bestBefore(partials[segment - 1]!, first, shape.gaps[segment - 1]!, paragraph);
    if (!start) return;
    if (segment === shape.gaps.length) this.hits.push({ chain, last, ...start });
    else push(partials[segment]!, { last, paragraph, ...start }, this.#horizons[chain]!);
  }
}

/** The best partial chain that ends within `gap` words before token `first`, with the words it skips. */
function bestBefore(list: readonly Partial[], first: number, gap: number, paragraph: number) {
  let best: { first: number; skipped: number } | null = null;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const partial = list[i]!;
    if (partial.last >= first) continue; // Overlaps this segment.
    if (partial.last < first - 1 - gap || partial.paragraph !== paragraph) break;
    const skipped = partial.skipped + (first - 1 - partial.last);
    if (!best || partial.first < best.first || (partial.first === best.first && skipped < best.skipped)) {
      best = { first: partial.first, skipped };
    }
  }
  return best;
}

/** Appends in position order, dropping partials too far back to be chained any more (amortised O(1)). */
function push(list: Partial[], partial: Partial, horizon: number): void {
  list.push(partial);
  if (list.length <= 2 * horizon + 16) return;
  const stale = list.findIndex((kept) => kept.last >= partial.last - horizon);
  list.splice(0, stale);
}
