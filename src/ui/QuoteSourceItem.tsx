/**
 * One source document in the quote popover: outlet, title, date, who the
 * source says spoke the words, and for an altered quote the source passage
 * with the differences marked.
 */
import type { QuoteSourceView } from '../core/view/quote-view.ts';
import { CopyCitation, type CitationActions } from './CopyCitation.tsx';
import { DiffText } from './DiffText.tsx';
import { useMessages } from './i18n.tsx';
import { sourceLanguageNote } from './StatementItem.tsx';

/** Props for {@link QuoteSourceItem}. */
export interface QuoteSourceItemProps {
  source: QuoteSourceView;
  showDiff: boolean;
  /** Show the source's words: a translation is compared with them by eye. */
  showPassage?: boolean;
  onOpenSource(documentId: string): void;
  citations?: CitationActions | undefined;
}

/** A source as a list item with a "Read in context" button. */
export function QuoteSourceItem({ source, showDiff, showPassage, onOpenSource, citations }: QuoteSourceItemProps) {
  const m = useMessages();
  const languageNote = sourceLanguageNote(m, source.language);
  return (
    <li class="cp-source" data-document={source.documentId}>
      <p class="cp-source-title">
        <span class="cp-outlet">{source.outlet}</span>: <span lang={source.language}>{source.title}</span>
      </p>
      <p class="cp-meta">
        <time dateTime={source.date}>{m.date(source.date)}</time>
        {languageNote && <span data-source-language={source.language}> · {languageNote}</span>}
      </p>
      {source.saidBy.length > 0 && <p class="cp-meta cp-said-by">{m.t('saidBy', m.list(source.saidBy))}</p>}
      {showPassage && (
        <blockquote class="cp-quote cp-passage" lang={source.language}>
          “{source.passage}”
        </blockquote>
      )}
      {showDiff && (
        <p class="cp-passage" lang={source.language}>
          <DiffText parts={source.diff} />
        </p>
      )}
      <button type="button" class="cp-link" onClick={() => onOpenSource(source.documentId)}>
        {m.t('readInContext')}
        <span class="cp-sr"> ({source.outlet})</span>
      </button>
      {citations && <CopyCitation citation={citations.source(source)} who={source.outlet} copy={citations.copy} />}
    </li>
  );
}
