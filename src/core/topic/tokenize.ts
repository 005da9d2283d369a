/**
 * The stage-1 tokeniser for topic detection: lower-case, a few folds, split on
 * anything that is not a letter or digit. Deliberately lighter than
 * `text/normalize.ts` (no offset map, no NFKC) because it runs on every page.
 */

// ё is written as е on most Russian pages; Kazakh pages mix Cyrillic і with Latin i;
// soft hyphens and zero-width characters split words only by accident.
const FOLD = /[ёі\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const FOLDED: Record<string, string> = { ё: 'е', і: 'i' };
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cases a text and applies the folds that topic terms and pages share. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(FOLD, (c) => FOLDED[c] ?? '');
}

/** Splits a text into folded word tokens; punctuation, apostrophes and hyphens separate words. */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
