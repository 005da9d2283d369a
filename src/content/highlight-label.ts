/**
 * What a screen reader says for a highlight. An aria-label replaces the
 * element's own text, so the label starts with the page's words it marks
 * (WCAG 2.5.3, label in name: a speech-input user says what they see), then
 * what Counterpoint knows about them: the claim and its status, or the quote's
 * verdict, and what Enter does.
 */

/** The page's words as one line: block breaks and runs of spaces read as one space. */
export function spokenWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The accessible name of a claim highlight. */
export function claimLabel(words: string, status: string, summary: string): string {
  return `${spokenWords(words)} — claim, ${status}: ${summary} Press Enter for sources.`;
}

/** The accessible name of a checked quote's highlight; `misattributed` when the page credits the words to the wrong person. */
export function quoteLabel(words: string, verdict: string, misattributed = false): string {
  const wrongPerson = misattributed ? ', credited to the wrong person' : '';
  return `${spokenWords(words)} — quote check: ${verdictLabel(verdict)}${wrongPerson}. Press Enter for details.`;
}

function verdictLabel(verdict: string): string {
  return verdict === 'verbatim'
    ? 'verbatim in the sources'
    : verdict === 'variant'
      ? 'altered'
      : verdict === 'translation'
        ? "a translation, to compare with the speaker's statements"
        : 'not found in the sources';
}
