/**
 * The language of a page and of its quotes, from the browser's own detector
 * (i18n.detectLanguage: built in, no download, no network). Chrome's MV3 API
 * and Firefox's both return a promise. Asked by the background's scan service
 * for the quotes of the pages it scans.
 */
import type { AsyncQuoteLanguages } from '../core/scan-steps.ts';

/** Enough of the page's text to tell its language. */
const PAGE_SAMPLE = 5_000;
/** Below this share of the text, a guess is not a language. */
const MIN_PERCENTAGE = 50;

/**
 * The language of `text` (an ISO 639-1 code), or undefined when the browser cannot tell. A
 * quote is short: only a guess the detector itself calls reliable counts (`strict`); for a
 * page's text, a majority guess is enough.
 */
export async function detectLanguage(text: string, strict = true): Promise<string | undefined> {
  try {
    const result = await chrome.i18n.detectLanguage(text);
    const best = result.languages[0];
    if (!best || best.language === 'und') return undefined;
    return result.isReliable || (!strict && best.percentage >= MIN_PERCENTAGE) ? best.language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A detector for a page's quotes that falls back to the page's language (detected, else
 * `pageLang`, its `lang` attribute). The page's text is only read for it when a quote needs
 * it: most story pages have no quote that matches no source, and the scan should not pay for one.
 */
export function quoteLanguages(text: string, pageLang: string | undefined): AsyncQuoteLanguages {
  let page: Promise<string | undefined> | null = null;
  const pageLanguage = () =>
    (page ??= detectLanguage(text.slice(0, PAGE_SAMPLE), false).then((found) => found ?? (pageLang || undefined)));
  return { detect: async (quote) => (await detectLanguage(quote)) ?? (await pageLanguage()) };
}
