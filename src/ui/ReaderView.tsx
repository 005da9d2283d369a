/**
 * The reader page: one source document in full, with a statement's exact
 * words highlighted and scrolled into view, and a box saying who said them.
 * Text is rendered as text nodes cut at the highlight, never as HTML.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SourceDocument } from '../core/corpus/schema.ts';
import type { StatementView } from '../core/view/claim-view.ts';
import { localized } from '../core/view/localize.ts';
import { joinParts } from './format.ts';
import { useMessages } from './i18n.tsx';
import { segmentParagraph, splitParagraphs } from './paragraphs.ts';
import { StatementBox } from './StatementBox.tsx';

/** Props for {@link ReaderView}. */
export interface ReaderViewProps {
  document: SourceDocument;
  /** Range in the document's original text to mark. */
  highlight?: { start: number; end: number };
  statement?: StatementView;
}

/** A source document as an article page. */
export function ReaderView({ document: doc, highlight, statement }: ReaderViewProps) {
  const m = useMessages();
  const firstMark = useRef<HTMLElement>(null);
  useEffect(() => {
    // After layout, so the browser knows where the mark is; scrollIntoView is absent in some test DOMs.
    firstMark.current?.scrollIntoView?.({ block: 'center' });
  }, [doc.id, highlight?.start, highlight?.end]);
  let markSeen = false;
  const safeUrl = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : undefined;
  return (
    <article class="cp-reader" lang={doc.language}>
      <header class="cp-reader-header" lang={m.lang}>
        <p class="cp-kicker">{localized(doc, 'outlet', m.lang)}</p>
        <h1 class="cp-reader-title" lang={doc.language}>
          {doc.title}
        </h1>
        <p class="cp-meta">
          {joinParts([doc.author, m.date(doc.date)], ' · ')}
          {doc.dateNote && <span class="cp-muted"> ({doc.dateNote})</span>}
        </p>
        {safeUrl && (
          <p>
            <a href={safeUrl} rel="noopener noreferrer" target="_blank">
              {m.t('readOriginal', localized(doc, 'outlet', m.lang))}
            </a>
          </p>
        )}
        {statement && <StatementBox statement={statement} />}
      </header>
      <div class="cp-reader-text">
        {splitParagraphs(doc.text).map((paragraph) => (
          <p key={paragraph.start} data-start={paragraph.start}>
            {segmentParagraph(doc.text, paragraph, highlight).map((segment) => {
              if (!segment.marked) return segment.text;
              const first = !markSeen;
              markSeen = true;
              return (
                <mark
                  key={segment.start}
                  class="cp-highlight"
                  data-start={segment.start}
                  ref={first ? firstMark : undefined}
                >
                  {segment.text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
