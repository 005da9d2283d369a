/**
 * Scans a page's text for everything Counterpoint shows: the story's claims and
 * the quoted passages worth checking. Shared by the content script and the
 * command line so that both report the same findings.
 */
import type { Corpus } from './corpus/corpus.ts';
import { checkQuote, type QuoteCheck } from './quotes/check-quote.ts';
import { closestStatements, isTranslation } from './quotes/translation.ts';
import { findClaims, type ClaimMatch } from './claims/find-claims.ts';
import { findQuotedPassages, type QuotedPassage } from './quotes/find-quotes.ts';

/** A quoted passage on the page and its verdict against the sources. */
export interface QuoteFinding extends QuotedPassage {
  check: QuoteCheck;
}

/** Everything found in one text. */
export interface TextScan {
  claims: ClaimMatch[];
  quotes: QuoteFinding[];
}

/** A hostile page can hold thousands of quotation marks; checking each costs a search of the whole corpus, so only the first ones are checked. */
export const MAX_QUOTES_CHECKED = 150;

/**
 * How to tell the language of a page's quotes: a detector (the browser's
 * i18n.detectLanguage, tinyld in Node), and the page's language for a quote too
 * short to tell. Either may be missing.
 */
export interface QuoteLanguages {
  page?: string | undefined;
  detect?(text: string): string | undefined;
}

/**
 * Finds claims and checks quoted passages; see {@link judgeQuote} for which
 * quotes are kept and when one is a translation.
 */
export function scanText(text: string, corpus: Corpus, languages: QuoteLanguages = {}): TextScan {
  const claims = findClaims(text, corpus);
  const quotes = findQuotedPassages(text, corpus, MAX_QUOTES_CHECKED).flatMap((passage) => {
    const finding = { ...passage, check: checkQuote(passage.text, corpus) };
    const needsLanguage = finding.check.verdict === 'not-found' && finding.speakerId !== undefined;
    const language = needsLanguage ? (languages.detect?.(finding.text) ?? languages.page) : undefined;
    return judgeQuote(finding, corpus, language) ?? [];
  });
  return { claims, quotes };
}

/**
 * The quote as it is shown, or null when it is not worth showing. A quote that
 * matches no source is kept only when the page attributes it to a speaker in
 * the corpus (an unattributed unknown quote is none of our business). If it is
 * in a language none of that speaker's sources is in, it is a translation: it
 * cannot be checked word for word, and calling it "not found" would accuse an
 * accurate translation, so it comes with the speaker's statements, closest
 * first. A quote in another script than every source is never "not found"
 * either: without a language that makes it a translation, it is left out.
 */
export function judgeQuote(finding: QuoteFinding, corpus: Corpus, language: string | undefined): QuoteFinding | null {
  if (finding.check.verdict !== 'not-found') return finding;
  const speakerId = finding.speakerId;
  if (speakerId === undefined) return null;
  if (isTranslation(corpus, speakerId, language)) {
    const matches = closestStatements(corpus, speakerId, finding.text);
    return { ...finding, check: { verdict: 'translation', similarity: matches[0]?.similarity ?? 0, matches } };
  }
  // Whatever the detector said, words in a script no source is written in cannot be "not found".
  return sourceScripts(corpus).has(scriptOf(finding.text)) ? finding : null;
}

const scriptsOfSources = new WeakMap<Corpus, Set<string>>();

/** The scripts the corpus's sources are written in; worked out once per corpus (it reads every source). */
export function sourceScripts(corpus: Corpus): ReadonlySet<string> {
  let scripts = scriptsOfSources.get(corpus);
  if (!scripts) {
    scripts = new Set([...corpus.documents.values()].map((doc) => scriptOf(doc.text)));
    scriptsOfSources.set(corpus, scripts);
  }
  return scripts;
}

/** The script most of a text's letters are in: what decides whether sources can confirm it word for word. */
export function scriptOf(text: string): 'latin' | 'cyrillic' | 'other' {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (latin === 0 && cyrillic === 0) return 'other';
  return latin >= cyrillic ? 'latin' : 'cyrillic';
}
