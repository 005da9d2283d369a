/**
 * A small Kazakh stemmer: strips the inflectional endings that news text piles
 * on a stem (plural, possessive, case, a few verb forms), so that
 * "мәлімдеме", "мәлімдемесі", "мәлімдемесінде" and "мәлімдемені" meet on one
 * stem. No packaged Kazakh stemmer exists (Snowball has none), so this is the
 * documented minimum the claim patterns need, not a morphological analyser:
 *
 * - endings are stripped from the end, longest first, up to four times, and
 *   only while at least three letters (one of them a vowel) remain;
 * - one-letter endings (the possessive "-ы/-і") only from words of six
 *   letters or more, so short roots keep their last vowel;
 * - endings in "т-" only after a consonant, as Kazakh harmony has them;
 * - derivational suffixes ("-лық", "-шы", "-у") stay: they make other words;
 * - a final "г", "ғ" or "б" (voiced before a vowel ending) becomes "к", "қ",
 *   "п" ("қауіпсіздігі" → "қауіпсіздік", "кітабы" → "кітап"), on every word,
 *   so that a stem ending in "г" meets its own inflected forms.
 *
 * Patterns and page text go through the same function, so an over-eager cut
 * can only merge two forms, never make a pattern miss its own words. Only
 * words with a letter Russian lacks (ә ғ қ ң ө ұ ү һ і) reach it (stem.ts):
 * "балалар" could be Russian by its letters, so patterns list such forms.
 */

// Grouped by what they mark; one list, since longest-first decides between overlaps.
const ENDINGS = [
  // Adjectival locative ("Гонконгтағы кеңсе").
  'ндағы ндегі дағы дегі тағы тегі',
  // Plural.
  'лар лер дар дер тар тер',
  // Possessive (1st, 2nd, 3rd person; after vowels and consonants).
  'ымыз іміз мыз міз ыңыз іңіз ңыз ңіз сы сі ым ім ың ің',
  // 3rd-person possessive with the accusative ("мәлімдемесін", "жобасын").
  'сын сін',
  // Genitive, dative, accusative, locative, ablative, instrumental.
  'ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті ын ін',
  'нда нде да де та те дан ден тан тен нан нен мен бен пен',
  // Verbs: past tense, participles, present tense ("шығарды", "келісілген", "шығарады"); not
  // "-йды", which would take "Қытайды" (the accusative of "Қытай") for a verb.
  'ған ген қан кен ады еді',
]
  .join(' ')
  .split(' ')
  .sort((a, b) => b.length - a.length);
const ONE_LETTER = ['ы', 'і'];
const VOWEL = /[аәеёиоөуұүыіэюя]/;
const DEVOICED: Record<string, string> = { г: 'к', ғ: 'қ', б: 'п' };
const MIN_STEM = 3;
const MIN_WORD_FOR_ONE_LETTER = 6;

/** Strips a lower-case Kazakh word's inflectional endings; the final consonant is left as it is. */
export function stripKazakhEndings(word: string): string {
  let stem = word;
  for (let pass = 0; pass < 4; pass++) {
    const ending = ENDINGS.find((candidate) => canStrip(stem, candidate, MIN_STEM));
    const cut = ending ?? ONE_LETTER.find((candidate) => canStrip(stem, candidate, MIN_WORD_FOR_ONE_LETTER - 1));
    if (cut === undefined) break;
    stem = stem.slice(0, -cut.length);
  }
  return stem;
}

/** Stems a lower-case Kazakh word: its endings stripped, a voiced final consonant devoiced. */
export function stemKazakh(word: string): string {
  const stem = stripKazakhEndings(word);
  // Always, not only after a cut, so "қауіпсіздік" and "қауіпсіздігі" meet on one stem.
  const last = stem.at(-1)!;
  return DEVOICED[last] === undefined ? stem : stem.slice(0, -1) + DEVOICED[last];
}

function canStrip(word: string, ending: string, minStem: number): boolean {
  if (!word.endsWith(ending)) return false;
  const stem = word.slice(0, -ending.length);
  if (stem.length < minStem || !VOWEL.test(stem)) return false;
  // "-ты/-ті/-та/-тан..." follow only a consonant: "үкіметі" is "үкімет" + "і", not "үкіме" + "ті".
  return !(ending.startsWith('т') && VOWEL.test(stem.at(-1)!));
}
