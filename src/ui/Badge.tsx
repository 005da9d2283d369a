/**
 * Status and verdict badges. The label is always written out, so colour is
 * never the only cue (colour-blind readers, forced-colours mode).
 */
import type { ClaimStatus } from '../core/corpus/corpus.ts';
import type { QuoteVerdict } from '../core/quotes/check-quote.ts';
import { STATUS_LABEL, VERDICT_LABEL } from './format.ts';
import { useMessages } from './i18n.tsx';

/** A claim's status as a labelled badge. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const m = useMessages();
  return (
    <span class={`cp-badge cp-status-${status}`} data-status={status}>
      {m.t(STATUS_LABEL[status])}
    </span>
  );
}

/** A quote verdict as a labelled badge. */
export function VerdictBadge({ verdict }: { verdict: QuoteVerdict }) {
  const m = useMessages();
  return (
    <span class={`cp-badge cp-verdict-${verdict}`} data-verdict={verdict}>
      {m.t(VERDICT_LABEL[verdict])}
    </span>
  );
}
