/**
 * Language detection for the command line: what the browser's built-in
 * i18n.detectLanguage does for the extension, done locally by tinyld (no
 * model download, no network). Answers ISO 639-1 codes, like the browser.
 */
import { detect } from 'tinyld';
import type { QuoteLanguages } from '../core/scan-text.ts';

/** Enough text to tell a page's language; more only costs time. */
const PAGE_SAMPLE = 5_000;

/** The language of `text`, or undefined when the detector cannot tell. */
export function detectLanguage(text: string): string | undefined {
  return detect(text) || undefined;
}

/** The page's language and a detector for its quotes, falling back to the page's for a short quote. */
export function pageLanguages(pageText: string): QuoteLanguages & { page: string | undefined } {
  return { page: detectLanguage(pageText.slice(0, PAGE_SAMPLE)), detect: detectLanguage };
}
