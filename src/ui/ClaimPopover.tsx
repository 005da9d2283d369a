/**
 * The popover for a claim highlighted on the page: what the claim is, whether
 * the sources support or contradict it, who said what (exact words, with a way
 * to read each in its source), and where it sits in the story's timeline.
 */
import { useId } from 'preact/hooks';
import type { ClaimView, StatementView } from '../core/view/claim-view.ts';
import { StatusBadge } from './Badge.tsx';
import type { CitationActions } from './CopyCitation.tsx';
import { DialogHeader } from './DialogHeader.tsx';
import { useMessages } from './i18n.tsx';
import { StatementItem } from './StatementItem.tsx';
import { Timeline } from './Timeline.tsx';

/** Props for {@link ClaimPopover}. */
export interface ClaimPopoverProps {
  view: ClaimView;
  onOpenSource(documentId: string, statementId: string): void;
  onClose(): void;
  /** "Copy citation" on each statement; none without it. */
  citations?: CitationActions;
}

/** A non-modal dialog describing one claim; a pure render of its view model. */
export function ClaimPopover({ view, onOpenSource, onClose, citations }: ClaimPopoverProps) {
  const id = useId();
  const m = useMessages();
  const list = (statements: readonly StatementView[]) => (
    <ul class="cp-statements">
      {statements.map((statement) => (
        <StatementItem
          key={statement.statementId}
          statement={statement}
          onOpenSource={onOpenSource}
          citations={citations}
        />
      ))}
    </ul>
  );
  return (
    <section
      class="cp-dialog cp-claim"
      role="dialog"
      aria-labelledby={`${id}-h`}
      tabIndex={-1}
      data-claim={view.id}
      lang={m.lang}
    >
      <DialogHeader headingId={`${id}-h`} kicker={m.t('claimKicker')} onClose={onClose}>
        {view.summary}
      </DialogHeader>
      <p class="cp-status-line">
        <StatusBadge status={view.status} />
      </p>
      {/* The counterpoint first: the page already makes the claim; what speaks against it is news to the reader. */}
      {(['contradicts', 'supports'] as const).map((stance) =>
        view[stance].length === 0 ? null : (
          <section key={stance} class={`cp-section cp-${stance}`} aria-labelledby={`${id}-${stance}`}>
            <h3 id={`${id}-${stance}`} class="cp-section-heading">
              {m.t(stance === 'supports' ? 'stanceSupports' : 'stanceContradicts')}{' '}
              <span class="cp-count">({m.number(view[stance].length)})</span>
            </h3>
            {list(view[stance])}
          </section>
        ),
      )}
      {view.context.length > 0 && (
        <details class="cp-section cp-context">
          <summary class="cp-section-heading">
            {m.t('stanceContext')} <span class="cp-count">({m.number(view.context.length)})</span>
          </summary>
          {list(view.context)}
        </details>
      )}
      <Timeline events={view.timeline} headingId={`${id}-timeline`} />
    </section>
  );
}
