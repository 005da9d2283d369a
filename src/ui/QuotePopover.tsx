/**
 * The popover for a quote checked against the sources: the verdict in words,
 * led by any attribution problem (the words are right, the speaker is not),
 * and for each source who said it and the passage, with an altered quote's
 * differences shown word by word.
 */
import { useId } from 'preact/hooks';
import type { QuoteView } from '../core/view/quote-view.ts';
import type { CitationActions } from './CopyCitation.tsx';
import { DialogHeader } from './DialogHeader.tsx';
import { nameList, QuoteSourceItem } from './QuoteSourceItem.tsx';
import { percent, plural, truncate } from './format.ts';

/** Props for {@link QuotePopover}. */
export interface QuotePopoverProps {
  view: QuoteView;
  onOpenSource(documentId: string): void;
  onClose(): void;
  /** "Copy citation" on each source; none without it. */
  citations?: CitationActions;
}

/** The words' verdict alone, e.g. "Verbatim in 2 sources". */
function wordsVerdict(view: QuoteView): string {
  switch (view.verdict) {
    case 'verbatim':
      return `Verbatim in ${plural(view.sources.length, 'source')}`;
    case 'variant':
      return 'Altered: closest source passage differs';
    case 'not-found':
      return view.speakerName ? `Not found in the sources for ${view.speakerName}` : 'Not found in the sources';
    case 'translation':
      return 'A translation: it cannot be compared word for word';
  }
}

/**
 * The verdict as a sentence, e.g. "Verbatim in 2 sources", or with the
 * attribution problem: "Verbatim in 1 source — but the source attributes
 * these words to Ben McConaghy, not Aida Balaeva".
 */
export function verdictText(view: QuoteView): string {
  const words = wordsVerdict(view);
  const wrong = view.misattributed;
  if (!wrong) return words;
  const sources = view.sources.length === 1 ? 'the source attributes' : 'the sources attribute';
  return `${words} — but ${sources} these words to ${nameList(wrong.sourceSpeakers)}, not ${wrong.pageSpeaker}`;
}

/** A non-modal dialog with a quote's verdict and sources; a pure render of its view model. */
export function QuotePopover({ view, onOpenSource, onClose, citations }: QuotePopoverProps) {
  const id = useId();
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
    >
      <DialogHeader headingId={`${id}-h`} kicker="Quote check" onClose={onClose}>
        {verdictText(view)}
      </DialogHeader>
      <blockquote class="cp-quote cp-checked-quote">“{truncate(view.quote, 280)}”</blockquote>
      {view.verdict === 'variant' && (
        <p class="cp-similarity">
          {percent(view.similarity)} similar to the closest source passage.{' '}
          <span class="cp-muted">
            Struck-through words are in the source but not on this page; underlined words are on this page only.
          </span>
        </p>
      )}
      {view.verdict === 'translation' && (
        <p class="cp-muted">
          The sources have {view.speakerName ?? 'the speaker'}&rsquo;s words only in another language. Compare by eye
          with their statements, closest first.
        </p>
      )}
      {view.verdict === 'not-found' && (
        <p class="cp-muted">None of the story's source documents contains these words or anything close to them.</p>
      )}
      {sources.length > 0 && (
        <ul class="cp-sources" aria-label="Sources">
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
