/**
 * The reader page's box above the text: who said the highlighted words, in
 * what capacity, when, and how they bear on the claim.
 */
import type { StatementView } from '../core/view/claim-view.ts';
import { formatDate, joinParts } from './format.ts';

const STANCE_WORD = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context for' } as const;

/** "Ben McConaghy, Spokesman, Meta, said on 2 Nov 2021" plus the stance line. */
export function StatementBox({ statement: s }: { statement: StatementView }) {
  const said =
    s.kind === 'editorial-assessment'
      ? 'wrote'
      : s.kind === 'reported-statement'
        ? `said, as ${s.outlet} reports it,`
        : 'said';
  return (
    <aside class="cp-statement-box" aria-label="Highlighted statement">
      <p>
        <strong>{s.speakerName}</strong>
        {joinParts([s.speakerRole, s.organisation]) && `, ${joinParts([s.speakerRole, s.organisation])}`}, {said}{' '}
        {s.date.length > 7 ? 'on' : 'in'} <time dateTime={s.date}>{formatDate(s.date)}</time>:
      </p>
      <blockquote class="cp-quote">“{s.quote}”</blockquote>
      {s.why && (
        <p class="cp-why">
          <span class="cp-stance">
            {STANCE_WORD[s.stance]} the claim{s.claimSummary ? ` “${s.claimSummary}”` : ''}:
          </span>{' '}
          {s.why}
        </p>
      )}
    </aside>
  );
}
