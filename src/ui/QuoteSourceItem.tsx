/**
 * One source document in the quote popover: outlet, title, date, who the
 * source says spoke the words, and for an altered quote the source passage
 * with the differences marked.
 */
import type { QuoteSourceView } from '../core/view/quote-view.ts';
import { CopyCitation, type CitationActions } from './CopyCitation.tsx';
import { DiffText } from './DiffText.tsx';
import { formatDate } from './format.ts';

/** Names as a phrase: "A", "A and B", "A, B and C". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

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
  return (
    <li class="cp-source" data-document={source.documentId}>
      <p class="cp-source-title">
        <span class="cp-outlet">{source.outlet}</span>: {source.title}
      </p>
      <p class="cp-meta">
        <time dateTime={source.date}>{formatDate(source.date)}</time>
      </p>
      {source.saidBy.length > 0 && <p class="cp-meta cp-said-by">Said by: {nameList(source.saidBy)}</p>}
      {showPassage && <blockquote class="cp-quote cp-passage">“{source.passage}”</blockquote>}
      {showDiff && (
        <p class="cp-passage">
          <DiffText parts={source.diff} />
        </p>
      )}
      <button type="button" class="cp-link" onClick={() => onOpenSource(source.documentId)}>
        Read in context<span class="cp-sr"> ({source.outlet})</span>
      </button>
      {citations && <CopyCitation citation={citations.source(source)} who={source.outlet} copy={citations.copy} />}
    </li>
  );
}
