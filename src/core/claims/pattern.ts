/**
 * Parses the claim-pattern syntax of a pack (see corpus/README.md):
 * words, `(a|b c|)` alternatives (an empty one makes the group optional),
 * `~N` gaps of up to N words (1..12) and `...` (= `~6`). Words are tokenised
 * and stemmed exactly like page text, so a pattern meets the page on stems.
 */
import { tokenize } from '../text/tokenize.ts';
import { expandPattern, type LiteralChain } from './expand-pattern.ts';
import { PatternError } from './pattern-error.ts';

/** One element of a parsed pattern. */
export type PatternNode =
  { kind: 'word'; stem: string } | { kind: 'gap'; max: number } | { kind: 'group'; alternatives: PatternNode[][] };

/** A parsed pattern: its tree and the literal chains it expands to. */
export interface ParsedPattern {
  source: string;
  nodes: PatternNode[];
  /** Every way the pattern can match, as word segments separated by bounded gaps. */
  chains: LiteralChain[];
}

/** Largest N allowed in `~N`. */
export const MAX_GAP = 12;
const ELLIPSIS_GAP = 6;

type Lexeme = { kind: '(' | ')' | '|' } | { kind: 'gap'; max: number } | { kind: 'text'; text: string };

const LEXEME = /\s+|([()|])|~(\d*)|(\.\.\.|…)|((?:[^\s()|~.…]|\.(?!\.\.))+)/y;

/** Parses a pattern, or says what is wrong with it. */
export function parsePattern(source: string): { ok: true; pattern: ParsedPattern } | { ok: false; error: string } {
  try {
    const lexemes = lex(source);
    const parser = { lexemes, at: 0 };
    const nodes = parseSequence(parser);
    const stray = lexemes[parser.at];
    if (stray) throw new PatternError(stray.kind === ')' ? 'unmatched ")"' : '"|" outside a group: write (a|b)');
    const chains = expandPattern(nodes);
    return { ok: true, pattern: { source, nodes, chains } };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, error: error.message };
    throw error;
  }
}

function lex(source: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  LEXEME.lastIndex = 0;
  while (LEXEME.lastIndex < source.length) {
    const at = LEXEME.lastIndex;
    const match = LEXEME.exec(source);
    if (!match) throw new PatternError(`unexpected "${source.slice(at, at + 10)}"`);
    const [, punctuation, gap, ellipsis, text] = match;
    if (punctuation) lexemes.push({ kind: punctuation as '(' | ')' | '|' });
    else if (gap !== undefined) lexemes.push({ kind: 'gap', max: gapSize(gap) });
    else if (ellipsis) lexemes.push({ kind: 'gap', max: ELLIPSIS_GAP });
    else if (text) lexemes.push({ kind: 'text', text });
  }
  return lexemes;
}

function gapSize(digits: string): number {
  const max = Number(digits);
  if (digits === '' || !Number.isInteger(max) || max < 1 || max > MAX_GAP) {
    throw new PatternError(`"~${digits}" needs a number of words from 1 to ${MAX_GAP}`);
  }
  return max;
}

/** Parses items up to a ")" or "|" (left for the caller) or the end. */
function parseSequence(parser: { lexemes: Lexeme[]; at: number }): PatternNode[] {
  const nodes: PatternNode[] = [];
  for (let lexeme = parser.lexemes[parser.at]; lexeme; lexeme = parser.lexemes[parser.at]) {
    if (lexeme.kind === ')' || lexeme.kind === '|') break;
    parser.at += 1;
    if (lexeme.kind === 'gap') nodes.push(lexeme);
    else if (lexeme.kind === 'text')
      nodes.push(...tokenize(lexeme.text).map((t) => ({ kind: 'word' as const, stem: t.stem })));
    else nodes.push(parseGroup(parser));
  }
  return nodes;
}

/** Parses the alternatives of a group whose "(" was just consumed. */
function parseGroup(parser: { lexemes: Lexeme[]; at: number }): PatternNode {
  const alternatives: PatternNode[][] = [parseSequence(parser)];
  for (;;) {
    const lexeme = parser.lexemes[parser.at];
    parser.at += 1;
    if (!lexeme) throw new PatternError('unclosed "("');
    if (lexeme.kind === ')') break;
    alternatives.push(parseSequence(parser));
  }
  if (alternatives.every((alternative) => alternative.length === 0)) throw new PatternError('empty group "()"');
  return { kind: 'group', alternatives };
}
