/**
 * The error a claim pattern's parser and expander throw internally; its
 * message is what pack authors see next to the pattern's JSON path.
 */

/** A syntax or shape error in a claim pattern. */
export class PatternError extends Error {}
