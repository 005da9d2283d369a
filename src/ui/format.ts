/**
 * Words for the UI that several components share: status and verdict labels
 * (as catalogue keys, so every place names a status the same way) and text
 * helpers. Dates, numbers and lists are formatted by the language's
 * `Messages` (src/core/i18n/messages.ts).
 */
import type { ClaimStatus } from '../core/corpus/corpus.ts';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { QuoteVerdict } from '../core/quotes/check-quote.ts';

/** The badge text for a claim status (the badge's colour only repeats it). */
export const STATUS_LABEL: Record<ClaimStatus, MessageKey> = {
  disputed: 'statusDisputed',
  supported: 'statusSupported',
  contradicted: 'statusContradicted',
  context: 'statusContext',
};

/** The badge text for a quote verdict. */
export const VERDICT_LABEL: Record<QuoteVerdict, MessageKey> = {
  verbatim: 'verdictVerbatim',
  variant: 'verdictVariant',
  'not-found': 'verdictNotFound',
  translation: 'verdictTranslation',
};

/** Shortens text to at most `max` characters on a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Joins the non-empty parts with a separator. */
export function joinParts(parts: readonly (string | undefined)[], separator = ', '): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}
