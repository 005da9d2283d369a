/**
 * The language of a page and of its quotes, from the browser's own detector
 * (i18n.detectLanguage: built in, no download, no network). Chrome's MV3 API
 * and Firefox's both return a promise; the bare `chrome` namespace keeps the
 * polyfill out of the scanner's chunk.
 */
import type { AsyncQuoteLanguages } from '../core/scan-steps.ts';

/** Enough of the page's text to tell its language. */
const PAGE_SAMPLE = 5_000;
/** Below this share of the text, a guess is not a language. */
const MIN_PERCENTAGE = 50;

/** The language of `text` (an ISO 639-1 code), or undefined when the browser cannot tell. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  try {
    const result = await chrome.i18n.detectLanguage(text);
    const best = result.languages[0];
    return best && best.language !== 'und' && (result.isReliable || best.percentage >= MIN_PERCENTAGE)
      ? best.language
      : undefined;
  } catch {
    return undefined;
  }
}

/** The page's language (detected, else its `lang` attribute) and a detector for its quotes. */
export async function pageLanguages(doc: Document, text: string): Promise<AsyncQuoteLanguages> {
  const declared = doc.documentElement.lang.trim() || undefined;
  return { page: (await detectLanguage(text.slice(0, PAGE_SAMPLE))) ?? declared, detect: detectLanguage };
}
