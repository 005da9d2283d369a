/**
 * The scan service's limits and constants, apart from its schemas
 * (scan-messages.ts) so that the page can read them without loading zod.
 */

/** The longest page `lang` attribute the service takes (a language tag is far shorter); the page clips to it. */
export const MAX_PAGE_LANG = 100;

/** Far above any page's visible text (the bench's hostile page has 3 MB). */
export const MAX_PAGE_TEXT = 32_000_000;

/**
 * A page text longer than this goes to the background in parts of this length, with a chance to
 * pause before each: the browser serialises a message on the sender's main thread in one go, 36
 * to 97 ms for 1 MB on the twenty-third session's machine, so a part adds a few ms to a slice.
 */
export const PART_CHARS = 65_536;

/** The answer to a `scanPage` whose earlier parts the background does not hold (its worker restarted). */
export const PARTS_MISSING = 'parts missing';
