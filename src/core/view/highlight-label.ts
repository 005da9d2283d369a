/**
 * What a screen reader says for a highlight, in the reader's language. An
 * aria-label replaces the element's own text, so the label starts with the
 * page's words it marks (WCAG 2.5.3, label in name: a speech-input user says
 * what they see), then what Counterpoint knows about them: the claim and its
 * status, or the quote's verdict, and what Enter does.
 */
import type { ClaimStatus } from '../corpus/corpus.ts';
import type { MessageKey } from '../i18n/catalogues.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import type { QuoteVerdict } from '../quotes/check-quote.ts';

const STATUS: Record<ClaimStatus, MessageKey> = {
  disputed: 'statusDisputed',
  supported: 'statusSupported',
  contradicted: 'statusContradicted',
  context: 'statusContext',
};

const VERDICT: Record<QuoteVerdict, MessageKey> = {
  verbatim: 'markVerbatim',
  variant: 'markVariant',
  translation: 'markTranslation',
  'not-found': 'markNotFound',
};

/** The page's words as one line: block breaks and runs of spaces read as one space. */
export function spokenWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The accessible name of a claim highlight; `summary` is the claim's, in the reader's language. */
export function claimLabel(
  words: string,
  status: ClaimStatus,
  summary: string,
  m: Messages = messagesFor('en'),
): string {
  return m.t('markClaim', spokenWords(words), m.t(STATUS[status]).toLocaleLowerCase(m.lang), summary);
}

/** The accessible name of a checked quote's highlight; `misattributed` when the page credits the words to the wrong person. */
export function quoteLabel(
  words: string,
  verdict: QuoteVerdict,
  misattributed = false,
  m: Messages = messagesFor('en'),
): string {
  const said = m.t(VERDICT[verdict]);
  return m.t('markQuote', spokenWords(words), misattributed ? m.t('markMisattributed', said) : said);
}
