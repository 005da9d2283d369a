/**
 * Resolves a statement's text quote selector to the one place in its source
 * document that it quotes. This is what makes every statement traceable to the
 * exact words of its source.
 */
import type { TextQuoteSelector } from './schema.ts';
import { normalizeText, toOriginalRange, type NormalizedText } from '../text/normalize.ts';

/** Where a selector points in the original document text, or why it points nowhere. */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found' | 'ambiguous' | 'empty'; occurrences: number };

/**
 * Finds the selector's exact text in `documentText`, comparing after folding
 * whitespace and quote characters only (case and words must agree), and uses
 * the prefix and suffix to pick one occurrence.
 */
export function resolveQuote(documentText: string | NormalizedText, selector: TextQuoteSelector): QuoteLocation {
  const doc = typeof documentText === 'string' ? normalizeText(documentText, { caseFold: false }) : documentText;
  const exact = normalizeText(selector.exact, { caseFold: false }).text;
  const prefix = normalizeText(selector.prefix, { caseFold: false }).text;
  const suffix = normalizeText(selector.suffix, { caseFold: false }).text;
  // Only invisible characters (soft hyphens, zero-width spaces): nothing to find, and an
  // empty needle would match everywhere.
  if (exact === '') return { ok: false, reason: 'empty', occurrences: 0 };
  const candidates: number[] = [];
  let occurrences = 0;
  for (let at = doc.text.indexOf(exact); at !== -1; at = doc.text.indexOf(exact, at + 1)) {
    occurrences += 1;
    const before = doc.text.slice(0, at).trimEnd();
    const after = doc.text.slice(at + exact.length).trimStart();
    if (before.endsWith(prefix) && after.startsWith(suffix)) candidates.push(at);
  }
  if (candidates.length !== 1) {
    return { ok: false, reason: candidates.length === 0 ? 'not-found' : 'ambiguous', occurrences };
  }
  const [start, end] = toOriginalRange(doc, candidates[0]!, candidates[0]! + exact.length);
  return { ok: true, start, end };
}
