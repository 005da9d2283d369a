/**
 * Compiles claims into plain, JSON-serialisable tables: the token-level
 * Aho-Corasick automaton over stem symbols, and what each of its phrases
 * means (which chain and segment). The build runs this for the built-in pack
 * (see scripts/pack-plugin.ts), so a page only reads the tables; imported
 * packs are compiled once when first matched.
 */
import type { Claim } from '../corpus/schema.ts';
import { buildAutomaton } from './aho-corasick.ts';
import { parsePattern } from './pattern.ts';

/** One literal chain of a pattern: its pattern (an index into `patterns`), its segments' lengths and the gaps between them. */
export type ChainTable = [pattern: number, segmentLengths: number[], gaps: number[]];

/** The compiled claims. Symbol s (from 1) is the stem `stems[s - 1]`; 0 is any other word. */
export interface ClaimTables {
  stems: string[];
  /** Trie edges as flat triples: from state, symbol, to state. */
  edges: number[];
  /** Per state: the failure link (longest proper suffix that is a state). */
  fail: number[];
  /** Per state: the nearest suffix state that ends a phrase, or 0. */
  output: number[];
  /** Per state: the phrases that end exactly there. */
  own: number[][];
  /** Per phrase: the [chain, segment] pairs it stands for. */
  uses: [number, number][][];
  /** Every pattern that compiled, as [claim id, pattern id]: chains name them by index, which keeps the tables small. */
  patterns: [claimId: string, patternId: string][];
  /** Per chain, in pattern order (a chain's index is its rank for breaking ties). */
  chains: ChainTable[];
}

/**
 * Compiles every pattern of every claim. Patterns that do not parse are
 * skipped: packs are checked with `checkPatterns` when loaded.
 */
export function compileClaimTables(claims: readonly Claim[]): ClaimTables {
  const phrases: string[][] = [];
  const uses: [number, number][][] = [];
  const byKey = new Map<string, number>();
  const chains: ChainTable[] = [];
  const patterns: [string, string][] = [];
  for (const claim of claims) {
    for (const { id, match } of claim.patterns) {
      const parsed = parsePattern(match);
      if (!parsed.ok) continue;
      const pattern = patterns.push([claim.id, id]) - 1;
      for (const { segments, gaps } of parsed.pattern.chains) {
        const segmentLengths = segments.map((stems) => stems.length);
        const chain = chains.push([pattern, segmentLengths, gaps]) - 1;
        segments.forEach((stems, segment) => {
          // Segments shared by several chains are one phrase of the automaton.
          const key = stems.join(' ');
          let phrase = byKey.get(key);
          if (phrase === undefined) byKey.set(key, (phrase = phrases.push(stems) - 1));
          (uses[phrase] ??= []).push([chain, segment]);
        });
      }
    }
  }
  const stems = [...new Set(phrases.flat())];
  const symbol = new Map(stems.map((stem, index) => [stem, index + 1]));
  const automaton = buildAutomaton(phrases.map((phrase) => phrase.map((stem) => symbol.get(stem)!)));
  return { stems, ...automaton, uses, patterns, chains };
}
