/**
 * The scan service's limits, apart from its schemas (scan-messages.ts) so that
 * the page can read them without loading zod.
 */

/** The longest page `lang` attribute the service takes (a language tag is far shorter); the page clips to it. */
export const MAX_PAGE_LANG = 100;

/** Far above any page's visible text (the bench's hostile page has 3 MB). */
export const MAX_PAGE_TEXT = 32_000_000;
