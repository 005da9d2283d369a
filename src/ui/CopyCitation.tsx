/**
 * "Copy citation" for one statement or quote-check source: the citation as a
 * plain line or as Markdown, with a visible confirmation in a live region so
 * that a screen reader announces it too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormattedCitation } from '../core/export/cite-format.ts';
import type { StatementView } from '../core/view/claim-view.ts';
import type { QuoteSourceView } from '../core/view/quote-view.ts';
import { useMessages } from './i18n.tsx';

/** How the popovers get citations and copy them (the content script supplies both). */
export interface CitationActions {
  statement(statement: StatementView): FormattedCitation;
  source(source: QuoteSourceView): FormattedCitation;
  /** Copies text to the clipboard; `from` is the button pressed (its root hosts any fallback). */
  copy(text: string, from: HTMLElement): Promise<void>;
}

/** Props for {@link CopyCitation}. */
export interface CopyCitationProps {
  citation: FormattedCitation;
  /** Whose words, for the buttons' accessible names, e.g. "Ben McConaghy, Reuters". */
  who: string;
  copy: CitationActions['copy'];
}

// Long enough to read, short enough that a second copy shows a fresh confirmation.
const CONFIRMATION_MS = 4000;

/** Two buttons and the status line they report to. */
export function CopyCitation({ citation, who, copy }: CopyCitationProps) {
  const m = useMessages();
  const [status, setStatus] = useState('');
  const timer = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = (event: Event, text: string, done: string) => {
    const button = event.currentTarget as HTMLElement;
    clearTimeout(timer.current);
    setStatus('');
    copy(text, button).then(
      () => {
        setStatus(done);
        timer.current = setTimeout(() => setStatus(''), CONFIRMATION_MS) as unknown as number;
      },
      (error: unknown) => setStatus(m.t('copyFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  return (
    <p class="cp-copy-citation">
      <button type="button" class="cp-link" onClick={(event) => run(event, citation.plain, m.t('copied'))}>
        {m.t('copyCitation')}
        <span class="cp-sr"> ({who})</span>
      </button>
      <button type="button" class="cp-link" onClick={(event) => run(event, citation.markdown, m.t('copiedMarkdown'))}>
        {m.t('copyMarkdown')}
        <span class="cp-sr"> ({who})</span>
      </button>
      <span class="cp-copied" role="status" aria-live="polite">
        {status}
      </span>
    </p>
  );
}
