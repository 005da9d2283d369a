/**
 * Quotes that cannot be compared word for word: a page quoting the Meta
 * spokesman in Dutch, or the minister in Russian, when every source of that
 * speaker is in English. Such a quote is not "not found" (that would accuse an
 * accurate translation); it is a translation, shown with the speaker's
 * statements from the sources, closest first, so a fact-checker can compare
 * by eye.
 *
 * Closeness across languages is rough on purpose: what survives translation is
 * names, numbers and cognates ("Kazachstan", "proces", "процесс"), so texts are
 * compared as letter trigrams after transliterating Cyrillic into Latin, with a
 * bonus for each shared number.
 */
import { locateStatement, type Corpus } from '../corpus/corpus.ts';
import type { QuoteMatch } from './check-quote.ts';

/**
 * True when a quote in `quoteLanguage` cannot be one of `speakerId`'s statements word for
 * word: no document holding a statement of theirs is in that language. Unknown language or
 * speaker: false, so the quote keeps its plain verdict.
 */
export function isTranslation(corpus: Corpus, speakerId: string | undefined, quoteLanguage: string | undefined) {
  if (speakerId === undefined || quoteLanguage === undefined) return false;
  const languages = speakerLanguages(corpus, speakerId);
  return languages.size > 0 && !languages.has(baseLanguage(quoteLanguage));
}

/** The speaker's statements as source passages, closest to the (translated) quote first. */
export function closestStatements(corpus: Corpus, speakerId: string, quote: string): QuoteMatch[] {
  const quoteGrams = trigrams(quote);
  const quoteNumbers = numbers(quote);
  const matches: QuoteMatch[] = [];
  for (const statement of corpus.statements.values()) {
    const speakers = [statement.speaker, ...(statement.alsoAttributedTo ?? [])];
    const location = speakers.includes(speakerId) ? locateStatement(corpus, statement) : null;
    if (!location) continue;
    const passage = corpus.documents.get(statement.document)!.text.slice(location.start, location.end);
    matches.push({
      documentId: statement.document,
      ...location,
      passage,
      similarity: closeness(quoteGrams, quoteNumbers, passage),
      diff: [],
    });
  }
  return matches.sort((a, b) => b.similarity - a.similarity || a.documentId.localeCompare(b.documentId));
}

/** "en-US" -> "en": the sources' languages are plain codes. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}

function speakerLanguages(corpus: Corpus, speakerId: string): Set<string> {
  const languages = new Set<string>();
  for (const statement of corpus.statements.values()) {
    if (statement.speaker !== speakerId && !statement.alsoAttributedTo?.includes(speakerId)) continue;
    const language = corpus.documents.get(statement.document)?.language;
    if (language) languages.add(language);
  }
  return languages;
}

/** Dice coefficient of letter trigrams, plus a tenth for each shared number, capped at 1. */
function closeness(quoteGrams: ReadonlySet<string>, quoteNumbers: ReadonlySet<string>, passage: string): number {
  const grams = trigrams(passage);
  let shared = 0;
  for (const gram of grams) if (quoteGrams.has(gram)) shared += 1;
  const dice = grams.size + quoteGrams.size === 0 ? 0 : (2 * shared) / (grams.size + quoteGrams.size);
  const sharedNumbers = [...numbers(passage)].filter((n) => quoteNumbers.has(n)).length;
  return Math.min(1, Math.round((dice + 0.1 * sharedNumbers) * 1000) / 1000);
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of latinLetters(text).split(' ')) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  grams.delete('   ');
  return grams;
}

function numbers(text: string): Set<string> {
  return new Set(text.match(/\d+(?:[.,]\d+)?/g)?.map((n) => n.replace(',', '.')) ?? []);
}

// Russian and Kazakh letters as they are commonly romanised; close enough for cognates to meet.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower-case Latin letters only, words separated by single spaces. */
function latinLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter)
    .replace(/[^a-z]+/g, ' ')
    .trim();
}
