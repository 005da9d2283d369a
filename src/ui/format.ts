/**
 * Words for the UI: status and verdict labels, dates, counts. Kept apart from
 * the components so that every place that names a status names it the same way.
 */
import type { ClaimStatus } from '../core/corpus/corpus.ts';
import type { QuoteVerdict } from '../core/quotes/check-quote.ts';

/** The badge text for a claim status (the badge's colour only repeats it). */
export const STATUS_LABEL: Record<ClaimStatus, string> = {
  disputed: 'Disputed',
  supported: 'Supported',
  contradicted: 'Contradicted',
  context: 'Context',
};

/** The badge text for a quote verdict. */
export const VERDICT_LABEL: Record<QuoteVerdict, string> = {
  verbatim: 'Verbatim',
  variant: 'Altered',
  'not-found': 'Not found',
  translation: 'Translation',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a corpus date (YYYY-MM-DD or YYYY-MM) as "1 Nov 2021" or "Nov 2021";
 * a month-only date stays month-only so the UI never invents a day.
 */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** "1 source", "2 sources". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** Shortens text to at most `max` characters on a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A similarity (0..1) as a whole percentage, never rounding a variant up to 100%. */
export function percent(similarity: number): string {
  return `${Math.min(99, Math.floor(similarity * 100))}%`;
}

/** Joins the non-empty parts with a separator. */
export function joinParts(parts: readonly (string | undefined)[], separator = ', '): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}
