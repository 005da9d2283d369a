/**
 * Finds the corpus claims a text makes. Every pattern of every claim is
 * compiled once into one token-level Aho-Corasick automaton, so a page of any
 * size is read once for all claims, whatever their number.
 */
import type { Claim } from '../corpus/schema.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { PackCheck } from '../corpus/validate-pack.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { buildAutomaton } from './aho-corasick.ts';
import { chainHits, type ChainHit, type ChainShape, type SegmentUse } from './chain-hits.ts';
import { parsePattern } from './pattern.ts';
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
  /** Every claim found in `text`, sorted by start. */
  find(text: string): ClaimMatch[];
}

/** Where a literal chain came from: which claim and pattern, and its rank for breaking ties. */
interface ChainSource extends ChainShape {
  claimId: string;
  patternId: string;
  rank: number;
}

/**
 * Compiles every pattern of every claim into one token-level Aho-Corasick automaton.
 * Patterns that do not parse are skipped: packs are checked with `checkPatterns` when loaded.
 */
export function compileClaimMatcher(claims: readonly Claim[]): ClaimMatcher {
  const phrases: string[][] = [];
  const uses: SegmentUse[][] = [];
  const byKey = new Map<string, number>();
  const chains: ChainSource[] = [];
  for (const claim of claims) {
    for (const { id, match } of claim.patterns) {
      const parsed = parsePattern(match);
      if (!parsed.ok) continue;
      for (const { segments, gaps } of parsed.pattern.chains) {
        const segmentLengths = segments.map((stems) => stems.length);
        const chain = chains.push({ claimId: claim.id, patternId: id, rank: chains.length, gaps, segmentLengths }) - 1;
        segments.forEach((stems, segment) => {
          // Segments shared by several chains are one phrase of the automaton.
          const key = stems.join(' ');
          let phrase = byKey.get(key);
          if (phrase === undefined) byKey.set(key, (phrase = phrases.push(stems) - 1));
          (uses[phrase] ??= []).push({ chain, segment });
        });
      }
    }
  }
  const automaton = buildAutomaton(phrases);
  return {
    find(text) {
      const tokens = tokenize(text);
      return toMatches(keepLongest(chainHits(tokens, automaton, uses, chains), chains), tokens, chains);
    },
  };
}

function toMatches(hits: readonly ChainHit[], tokens: readonly Token[], chains: readonly ChainSource[]): ClaimMatch[] {
  const ranked = hits.map((hit) => {
    const source = chains[hit.chain]!;
    const match: ClaimMatch = {
      claimId: source.claimId,
      start: tokens[hit.first]!.start,
      end: tokens[hit.last]!.end,
      patternId: source.patternId,
      confidence: confidence(hit.skipped),
    };
    return { match, rank: source.rank };
  });
  ranked.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end || a.rank - b.rank);
  return ranked.map(({ match }) => match);
}

/** 1 for a contiguous match, 0.05 less per skipped word, floor 0.5 (rounded to avoid float noise). */
function confidence(skipped: number): number {
  return Math.max(0.5, Math.round(100 - 5 * skipped) / 100);
}

const matchers = new WeakMap<Corpus, ClaimMatcher>();

/** Finds claims in text; convenience wrapper that caches the compiled matcher per corpus (WeakMap). */
export function findClaims(text: string, corpus: Corpus): ClaimMatch[] {
  let matcher = matchers.get(corpus);
  if (!matcher) {
    matcher = compileClaimMatcher([...corpus.claims.values()]);
    matchers.set(corpus, matcher);
  }
  return matcher.find(text);
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
