/**
 * W3C text selectors for a range of a page's text: the exact words and a
 * little context on each side, enough for an annotation tool to find the same
 * place again.
 */
import type { PageQuote } from './page-findings.ts';

/** Characters of context on each side, as annotation tools commonly store (Hypothesis uses 32). */
export const CONTEXT_LENGTH = 32;

/** The selectors for `text[start, end)`. */
export function pageQuote(text: string, start: number, end: number): PageQuote {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
