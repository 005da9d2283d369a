/**
 * One statement in the claim popover: the exact words, who said them, where
 * and when, why they bear on the claim, and a way to read them in context.
 */
import type { StatementView } from '../core/view/claim-view.ts';
import { formatDate, joinParts } from './format.ts';

const KIND_LABEL: Record<string, string> = {
  'direct-quote': 'Quoted',
  'reported-statement': 'Reported',
  'editorial-assessment': 'Assessment',
};

/** Props for {@link StatementItem}. */
export interface StatementItemProps {
  statement: StatementView;
  onOpenSource(documentId: string, statementId: string): void;
}

/** A statement as a list item; the quote is in quotation marks because these are the exact words. */
export function StatementItem({ statement: s, onOpenSource }: StatementItemProps) {
  return (
    <li class="cp-statement" data-statement={s.statementId} data-stance={s.stance}>
      <blockquote class="cp-quote">“{s.quote}”</blockquote>
      <p class="cp-speaker">
        <span class="cp-speaker-name">{s.speakerName}</span>
        {joinParts([s.speakerRole, s.organisation]) && (
          <span class="cp-muted">, {joinParts([s.speakerRole, s.organisation])}</span>
        )}
      </p>
      <p class="cp-meta">
        {joinParts([KIND_LABEL[s.kind], s.outlet], ' in ')} · <time dateTime={s.date}>{formatDate(s.date)}</time>
      </p>
      <p class="cp-why">{s.why}</p>
      <button type="button" class="cp-link" onClick={() => onOpenSource(s.documentId, s.statementId)}>
        Read in context
        <span class="cp-sr">
          {' '}
          ({s.speakerName}, {s.outlet})
        </span>
      </button>
    </li>
  );
}
