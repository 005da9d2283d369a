/**
 * Word-level difference between a page's quote and the source passage it
 * renders: inserted, deleted and changed words (a changed word is the source
 * word removed plus the page's word added). Words compare ignoring case and
 * apostrophes; punctuation marks are tokens of their own; quotation marks,
 * dashes and ellipses are ignored, as in the verbatim check.
 *
 * Every token carries the text up to the next token, so same + removed parts
 * rebuild the passage exactly; same + added parts give the quote's words, in
 * the source's spelling where the two agree.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from './check-quote.ts';

/** The diff and the word counts that similarity gates use. */
export interface WordDiff {
  parts: DiffPart[];
  /** Words (not punctuation) the two texts share, in order. */
  sameWords: number;
  quoteWords: number;
  passageWords: number;
}

interface Token {
  key: string;
  text: string;
  isWord: boolean;
}

// 1: a word (inner apostrophes and points stay in it: "Facebook's", "3.2");
// 2: ignored marks (whitespace, quotation marks, dashes, omission marks); 3: other punctuation.
const TOKEN =
  /([\p{L}\p{N}\p{M}]+(?:['’ʼ.][\p{L}\p{N}\p{M}]+)*)|([[(]\s*(?:\.{2,}|…)\s*[\])]|\.{2,}|[\s'"`´‘’‚‛“”„‟«»‹›ʹʼ\-‐‑‒–—―−…]+)|([^\s\p{L}\p{N}\p{M}])/gu;

function tokenize(text: string): Token[] {
  const found: Array<{ key: string; isWord: boolean; at: number }> = [];
  for (const match of text.matchAll(TOKEN)) {
    if (match[2] !== undefined) continue;
    const key = match[0].normalize('NFKC').toLowerCase().replace(/['’ʼ]/g, '');
    found.push({ key, isWord: match[1] !== undefined, at: match.index });
  }
  // Each token owns the text up to the next one; the first also owns what precedes it.
  return found.map(({ key, isWord, at }, i) => ({
    key,
    isWord,
    text: text.slice(i === 0 ? 0 : at, found[i + 1]?.at ?? text.length),
  }));
}

function countWords(tokens: readonly Token[]): number {
  return tokens.filter((token) => token.isWord).length;
}

/** Appends a part, merging it into the previous one when they are of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], tokens: readonly Token[]): void {
  if (tokens.length === 0) return;
  const text = tokens.map((token) => token.text).join('');
  const previous = parts[parts.length - 1];
  if (previous?.kind === kind) previous.text += text;
  else parts.push({ kind, text });
}

/** Diffs a quote against a source passage word by word; removed parts come before added ones. */
export function wordDiff(quote: string, passage: string): WordDiff {
  const quoteTokens = tokenize(quote);
  const passageTokens = tokenize(passage);
  // Quote first: for tokens counted equal, jsdiff hands back the second array's, i.e. the source's text.
  const changes = diffArrays(quoteTokens, passageTokens, { comparator: (a, b) => a.key === b.key });
  const parts: DiffPart[] = [];
  let removed: Token[] = [];
  let added: Token[] = [];
  let sameWords = 0;
  const flush = () => {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) added.push(...change.value);
    else if (change.added) removed.push(...change.value);
    else {
      flush();
      push(parts, 'same', change.value);
      sameWords += countWords(change.value);
    }
  }
  flush();
  return { parts, sameWords, quoteWords: countWords(quoteTokens), passageWords: countWords(passageTokens) };
}
