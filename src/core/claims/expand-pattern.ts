/**
 * Expands a parsed pattern into literal chains: every combination of its
 * alternatives, cut at its gaps into runs of consecutive words. The matcher
 * looks for the runs with Aho-Corasick and then chains them across the gaps.
 */
import type { PatternNode } from './pattern.ts';
import { PatternError } from './pattern-error.ts';

/** One way a pattern can match: word runs, with at most `gaps[i]` words between `segments[i]` and `segments[i + 1]`. */
export interface LiteralChain {
  /** Runs of consecutive stems; never empty, nor is any run. */
  segments: string[][];
  gaps: number[];
}

/** Most combinations one pattern may expand to; past that, it should be split into several patterns. */
export const MAX_EXPANSIONS = 256;

type Item = string | number; // A stem, or a gap of up to that many words.

/** Expands pattern nodes into their distinct literal chains; throws PatternError when a chain would be unusable. */
export function expandPattern(nodes: readonly PatternNode[]): LiteralChain[] {
  const chains = new Map<string, LiteralChain>();
  for (const items of expandSequence(nodes)) {
    const chain = toChain(items);
    chains.set(JSON.stringify(chain), chain);
  }
  return [...chains.values()];
}

function expandSequence(nodes: readonly PatternNode[]): Item[][] {
  let results: Item[][] = [[]];
  for (const node of nodes) {
    const options: Item[][] =
      node.kind === 'word'
        ? [[node.stem]]
        : node.kind === 'gap'
          ? [[node.max]]
          : node.alternatives.flatMap(expandSequence);
    if (results.length * options.length > MAX_EXPANSIONS) {
      throw new PatternError(`expands to more than ${MAX_EXPANSIONS} combinations: split it into several patterns`);
    }
    results = results.flatMap((prefix) => options.map((option) => [...prefix, ...option]));
  }
  return results;
}

function toChain(items: readonly Item[]): LiteralChain {
  if (items.length === 0) throw new PatternError('can match empty text: make at least one word required');
  if (typeof items[0] === 'number' || typeof items[items.length - 1] === 'number') {
    throw new PatternError('a gap (~N or ...) must stand between words');
  }
  const chain: LiteralChain = { segments: [[]], gaps: [] };
  let pendingGap = 0;
  for (const item of items) {
    if (typeof item === 'number') {
      pendingGap += item; // Adjacent gaps (e.g. around an omitted optional group) add up.
      continue;
    }
    if (pendingGap > 0) {
      chain.segments.push([]);
      chain.gaps.push(pendingGap);
      pendingGap = 0;
    }
    chain.segments[chain.segments.length - 1]!.push(item);
  }
  return chain;
}
