/**
 * The costly first uses of a scan, as separate steps. The first quote check
 * of a page compiles the speakers' names (loading the Unicode script
 * tables), compiles the verbs of saying (a regular expression, compiled
 * by V8 on first use and again to native code on the second), folds every
 * source text and loads the claim tables. Done inside the first piece of
 * text, that is one task of 100-300 ms; done one at a time, with a pause
 * between, no piece is long. The results are the same: each is cached.
 */
import type { Corpus } from './corpus/corpus.ts';
import { findClaims } from './claims/find-claims.ts';
import { foldedDocuments } from './quotes/quote-fold.ts';
import { nameMatchers } from './quotes/quote-speakers.ts';
import { findSpeechVerbs } from './quotes/speech-verbs.ts';
import { sourceScripts } from './scan-text.ts';

/** Loads the claim tables, yielding after: the caller pauses there. */
export function* warmUpClaims(corpus: Corpus): Generator<void, void, void> {
  findClaims('', corpus);
  yield;
}

/** Prepares quote checking, yielding after each step; only worth it on a page with quotes. */
export function* warmUpQuotes(corpus: Corpus): Generator<void, void, void> {
  // Every speaker's names, ready to be found in the words around a quote (name-match.ts).
  nameMatchers(corpus);
  yield;
  // Twice: V8 interprets a regular expression's first run and compiles it to native code for the next.
  findSpeechVerbs('said по словам');
  findSpeechVerbs('said по словам');
  yield;
  sourceScripts(corpus);
  yield;
  foldedDocuments(corpus);
  yield;
}
