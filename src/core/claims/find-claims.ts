/**
 * Finds the corpus claims a text makes. Every pattern of every claim is
 * compiled once into one token-level Aho-Corasick automaton (claim-tables.ts;
 * the build does it for the built-in pack), so a page of any size is read
 * once for all claims, whatever their number.
 */
import type { Claim, Pack } from '../corpus/schema.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { PackCheck } from '../corpus/validate-pack.ts';
import { stemWord } from '../text/stem.ts';
import { loadAutomaton } from './aho-corasick.ts';
import { ChainFinder, type ChainHit, type ChainShape } from './chain-hits.ts';
import { compileClaimTables, type ClaimTables } from './claim-tables.ts';
import { TokenReader, slotFrom, type KnownTokens } from './known-tokens.ts';
import { parsePattern } from './pattern.ts';
import { RangeMemo } from './range-memo.ts';
import { keepLongest } from './keep-longest.ts';

/** A claim found in a text: its range in the original text and the pattern that fired. */
export interface ClaimMatch {
  claimId: string;
  /** Offset of the first matched word in the original text. */
  start: number;
  /** Offset just past the last matched word in the original text. */
  end: number;
  patternId: string;
  /** 1 for a contiguous match, 0.05 less per word skipped in a gap, never below 0.5. */
  confidence: number;
}

/** A compiled set of claims, reusable for any number of texts. */
export interface ClaimMatcher {
  /** Every claim found in text[from, to) (the whole text by default), sorted by start; offsets are in `text`. */
  find(text: string, from?: number, to?: number): ClaimMatch[];
}

/**
 * Compiles every pattern of every claim into one token-level Aho-Corasick automaton.
 * Patterns that do not parse are skipped: packs are checked with `checkPatterns` when loaded.
 */
export function compileClaimMatcher(claims: readonly Claim[]): ClaimMatcher {
  return loadClaimMatcher(compileClaimTables(claims));
}

// Distinct words a page repeats; past this many the memo starts afresh (a page of
// random words must not grow it without bound).
const WORD_MEMO_LIMIT = 50_000;

/** The matcher for already compiled tables (the build compiles the built-in pack's). */
export function loadClaimMatcher(tables: ClaimTables): ClaimMatcher {
  const automaton = loadAutomaton(tables);
  const symbols = new Map(tables.stems.map((stem, index) => [stem, index + 1]));
  const chains = tables.chains.map(([pattern, segmentLengths, gaps]) => {
    const [claimId, patternId] = tables.patterns[pattern]!;
    return { claimId, patternId, segmentLengths, gaps };
  });
  // Each chain's claim as a number, for keepLongest.
  const claimIds = [...new Set(chains.map((chain) => chain.claimId))];
  const claimNumber = new Map(claimIds.map((claimId, index) => [claimId, index]));
  const claimOf = Int32Array.from(chains, (chain) => claimNumber.get(chain.claimId)!);
  // Normalised word -> symbol: each distinct word is stemmed once per matcher.
  const memo = new Map<string, number>();
  const symbolOf = (word: string): number => {
    let symbol = memo.get(word);
    if (symbol === undefined) {
      symbol = symbols.get(stemWord(word)) ?? 0;
      if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
      memo.set(word, symbol);
    }
    return symbol;
  };
  const reader = new TokenReader(symbolOf, new RangeMemo());
  const finder = new ChainFinder(automaton, tables.uses, chains);
  return {
    find(text, from, to) {
      const tokens = reader.read(text, from, to);
      return toMatches(keepLongest(finder.find(tokens), claimOf, claimIds.length), tokens, chains);
    },
  };
}

function toMatches(
  hits: ChainHit[],
  tokens: KnownTokens,
  chains: readonly (ChainShape & { claimId: string; patternId: string })[],
): ClaimMatch[] {
  // Word positions order the hits as their offsets in the text would: sorted here, no match
  // needs a rank carried beside it.
  hits.sort(byPosition);
  const matches: ClaimMatch[] = [];
  // In that order each first word's slot is found walking on from the one before, and the last
  // word's walking on from its first (a match spans a few words): no search per match.
  let firstSlot = 0;
  for (const hit of hits) {
    const source = chains[hit.chain]!;
    firstSlot = slotFrom(tokens, firstSlot, hit.first);
    matches.push({
      claimId: source.claimId,
      start: tokens.start[firstSlot]!,
      end: tokens.end[slotFrom(tokens, firstSlot, hit.last)]!,
      patternId: source.patternId,
      confidence: confidence(hit.skipped),
    });
  }
  return matches;
}

// At module level, not a closure made by each call: a closure made anew by each call was
// optimised anew by V8 on each page (--trace-opt). A chain's index is its rank.
function byPosition(a: ChainHit, b: ChainHit): number {
  return a.first - b.first || b.last - a.last || a.chain - b.chain;
}

/** 1 for a contiguous match, 0.05 less per skipped word, floor 0.5 (rounded to avoid float noise). */
function confidence(skipped: number): number {
  return Math.max(0.5, Math.round(100 - 5 * skipped) / 100);
}

const matchers = new WeakMap<Corpus, ClaimMatcher>();
const shipped = new WeakMap<Pack, ClaimTables>();

/**
 * Hands over tables the build compiled for `pack`: a corpus of that pack alone
 * then loads them instead of compiling its patterns.
 */
export function useCompiledClaims(pack: Pack, tables: ClaimTables): void {
  shipped.set(pack, tables);
}

/**
 * Finds claims in text[from, to) (the whole text by default), with offsets in `text`; compiles
 * (or loads the shipped tables) once per corpus and caches the matcher.
 */
export function findClaims(text: string, corpus: Corpus, from?: number, to?: number): ClaimMatch[] {
  let matcher = matchers.get(corpus);
  if (!matcher) {
    const tables = corpus.packs.length === 1 ? shipped.get(corpus.packs[0]!) : undefined;
    matcher = tables ? loadClaimMatcher(tables) : compileClaimMatcher([...corpus.claims.values()]);
    matchers.set(corpus, matcher);
  }
  return matcher.find(text, from, to);
}

/** A PackCheck (see validate-pack.ts) reporting `claims[i].patterns[j].match: <error>` for patterns that do not parse. */
export const checkPatterns: PackCheck = (pack, report) => {
  pack.claims.forEach((claim, i) =>
    claim.patterns.forEach((pattern, j) => {
      if (pattern.match === '') return; // Unreadable in a pack that failed its schema, which said so.
      const parsed = parsePattern(pattern.match);
      if (!parsed.ok) report(`claims[${i}].patterns[${j}].match`, parsed.error);
    }),
  );
};
