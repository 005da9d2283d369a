/**
 * Light stemming of one normalised word, chosen by its script: English
 * (Latin letters) with the Porter stemmer, Russian with a light suffix
 * stemmer, Kazakh (a Cyrillic word with a letter Russian lacks) with a small
 * Kazakh one, since the Russian stemmer would cut Kazakh endings wrongly.
 * Both the claim patterns and the page text go through here, so they meet on
 * the same stems.
 */
import { stemmer } from 'stemmer';
import { stemKazakh, stripKazakhEndings } from './stem-kazakh.ts';
import { stemRussian } from './stem-russian.ts';

const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
const KAZAKH_LETTER = /[әғқңөұүһі]/;

// Pages repeat their words, so stems are memoised; the cache is dropped when it grows large.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Stems a word that is already normalised (lower case, NFKC); other words come back unchanged. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  if (LATIN_WORD.test(word)) return stemmer(word);
  if (!CYRILLIC_WORD.test(word)) return word;
  if (!KAZAKH_LETTER.test(word)) return stemRussian(word);
  // A Kazakh ending on a word with no Kazakh letter of its own ("цензураның", "Гонконгтағы",
  // "контентті"): the bare word reaches the Russian stemmer on other pages and in patterns, so
  // what is left here goes there too, and all its forms meet on one stem.
  const stripped = stripKazakhEndings(word);
  return KAZAKH_LETTER.test(stripped) ? stemKazakh(word) : stemRussian(stripped);
}
