/**
 * The popup's list of claims found on the page; each is a button that scrolls
 * the page to the claim's first highlight.
 */
import type { PageReport } from '../core/view/page-report.ts';
import { StatusBadge } from './Badge.tsx';
import { joinParts, plural } from './format.ts';

type ClaimRow = PageReport['claims'][number];

/** "2 support · 1 contradict" (plus context when there is any). */
export function stanceSummary(claim: Pick<ClaimRow, 'supports' | 'contradicts' | 'context'>): string {
  return joinParts(
    [
      `${claim.supports} support`,
      `${claim.contradicts} contradict`,
      claim.context > 0 ? `${claim.context} context` : undefined,
    ],
    ' · ',
  );
}

/** Props for {@link PopupClaims}. */
export interface PopupClaimsProps {
  claims: readonly ClaimRow[];
  onFocusClaim(claimId: string): void;
}

/** The claims section of the popup. */
export function PopupClaims({ claims, onFocusClaim }: PopupClaimsProps) {
  return (
    <section class="cp-section" aria-labelledby="cp-claims-heading">
      <h2 id="cp-claims-heading" class="cp-section-heading">
        Claims on this page <span class="cp-count">({claims.length})</span>
      </h2>
      {claims.length === 0 ? (
        <p class="cp-muted">No claims from the story were found in the text.</p>
      ) : (
        <ul class="cp-rows" aria-labelledby="cp-claims-heading">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button type="button" class="cp-row" data-claim={claim.id} onClick={() => onFocusClaim(claim.id)}>
                <span class="cp-row-title">{claim.summary}</span>
                <span class="cp-row-meta">
                  <StatusBadge status={claim.status} /> {stanceSummary(claim)}
                  {claim.occurrences > 1 && <span class="cp-muted"> · {plural(claim.occurrences, 'mention')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
