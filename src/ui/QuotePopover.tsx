/**
 * The popover for a quote checked against the sources: the verdict in words,
 * led by any attribution problem (the words are right, the speaker is not),
 * and for each source who said it and the passage, with an altered quote's
 * differences shown word by word.
 */
import { useId } from 'preact/hooks';
import type { Messages } from '../core/i18n/messages.ts';
import type { QuoteView } from '../core/view/quote-view.ts';
import type { CitationActions } from './CopyCitation.tsx';
import { DialogHeader } from './DialogHeader.tsx';
import { truncate } from './format.ts';
import { useMessages } from './i18n.tsx';
import { QuoteSourceItem } from './QuoteSourceItem.tsx';

/** Props for {@link QuotePopover}. */
export interface QuotePopoverProps {
  view: QuoteView;
  onOpenSource(documentId: string): void;
  onClose(): void;
  /** "Copy citation" on each source; none without it. */
  citations?: CitationActions;
}

/** The words' verdict alone, e.g. "Verbatim in 2 sources". */
function wordsVerdict(m: Messages, view: QuoteView): string {
  switch (view.verdict) {
    case 'verbatim':
      return m.plural('verbatimIn', view.sources.length);
    case 'variant':
      return m.t('alteredVerdict');
    case 'not-found':
      return view.speakerName ? m.t('notFoundFor', view.speakerName) : m.t('notFound');
    case 'translation':
      return m.t('translationVerdict');
  }
}

/**
 * The verdict as a sentence, e.g. "Verbatim in 2 sources", or with the
 * attribution problem: "Verbatim in 1 source — but the source attributes
 * these words to Ben McConaghy, not Aida Balaeva".
 */
export function verdictText(m: Messages, view: QuoteView): string {
  const words = wordsVerdict(m, view);
  const wrong = view.misattributed;
  if (!wrong) return words;
  const key = view.sources.length === 1 ? 'misattributedOne' : 'misattributedMany';
  return m.t(key, words, m.list(wrong.sourceSpeakers), wrong.pageSpeaker);
}

/** A non-modal dialog with a quote's verdict and sources; a pure render of its view model. */
export function QuotePopover({ view, onOpenSource, onClose, citations }: QuotePopoverProps) {
  const id = useId();
  const m = useMessages();
  // A not-found quote's nearest passages are too far off to present as its source.
  const sources = view.verdict === 'not-found' ? [] : view.sources;
  return (
    <section
      class={`cp-dialog cp-quote-check cp-verdict-${view.verdict}`}
      role="dialog"
      aria-labelledby={`${id}-h`}
      tabIndex={-1}
      data-verdict={view.verdict}
      data-misattributed={view.misattributed ? 'true' : undefined}
      lang={m.lang}
    >
      <DialogHeader headingId={`${id}-h`} kicker={m.t('quoteKicker')} onClose={onClose}>
        {verdictText(m, view)}
      </DialogHeader>
      <blockquote class="cp-quote cp-checked-quote">“{truncate(view.quote, 280)}”</blockquote>
      {view.verdict === 'variant' && (
        <p class="cp-similarity">
          {m.t('similarity', m.percent(view.similarity))} <span class="cp-muted">{m.t('diffExplained')}</span>
        </p>
      )}
      {view.verdict === 'translation' && (
        <p class="cp-muted">
          {view.speakerName ? m.t('translationExplainedFor', view.speakerName) : m.t('translationExplained')}
        </p>
      )}
      {view.verdict === 'not-found' && <p class="cp-muted">{m.t('notFoundExplained')}</p>}
      {sources.length > 0 && (
        <ul class="cp-sources" aria-label={m.t('sources')}>
          {sources.map((source) => (
            <QuoteSourceItem
              key={`${source.documentId}:${source.start}`}
              source={source}
              showDiff={view.verdict === 'variant'}
              showPassage={view.verdict === 'translation'}
              onOpenSource={onOpenSource}
              citations={citations}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
