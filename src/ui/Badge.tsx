/**
 * Status and verdict badges. The label is always written out, so colour is
 * never the only cue (colour-blind readers, forced-colours mode).
 */
import type { ClaimStatus } from '../core/corpus/corpus.ts';
import type { QuoteVerdict } from '../core/quotes/check-quote.ts';
import { STATUS_LABEL, VERDICT_LABEL } from './format.ts';

/** A claim's status as a labelled badge. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span class={`cp-badge cp-status-${status}`} data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** A quote verdict as a labelled badge. */
export function VerdictBadge({ verdict }: { verdict: QuoteVerdict }) {
  return (
    <span class={`cp-badge cp-verdict-${verdict}`} data-verdict={verdict}>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
