/**
 * The popup's list of claims found on the page; each is a button that scrolls
 * the page to the claim's first highlight. Under it, the keys that walk the
 * highlights in the page (content/claim-walk.ts), the one way a keyboard
 * reaches painted ones besides this list.
 */
import type { Messages } from '../core/i18n/messages.ts';
import type { PageReport } from '../core/view/page-report.ts';
import { StatusBadge } from './Badge.tsx';
import { joinParts } from './format.ts';
import { useMessages } from './i18n.tsx';

type ClaimRow = PageReport['claims'][number];

/** "2 support · 1 contradict" (plus context when there is any). */
export function stanceSummary(m: Messages, claim: Pick<ClaimRow, 'supports' | 'contradicts' | 'context'>): string {
  return joinParts(
    [
      m.t('countSupport', claim.supports),
      m.t('countContradict', claim.contradicts),
      claim.context > 0 ? m.t('countContext', claim.context) : undefined,
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
  const m = useMessages();
  return (
    <section class="cp-section" aria-labelledby="cp-claims-heading">
      <h2 id="cp-claims-heading" class="cp-section-heading">
        {m.t('claimsHeading')} <span class="cp-count">({m.number(claims.length)})</span>
      </h2>
      {claims.length === 0 ? (
        <p class="cp-muted">{m.t('noClaims')}</p>
      ) : (
        <ul class="cp-rows" aria-labelledby="cp-claims-heading">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button type="button" class="cp-row" data-claim={claim.id} onClick={() => onFocusClaim(claim.id)}>
                <span class="cp-row-title">{claim.summary}</span>
                <span class="cp-row-meta">
                  <StatusBadge status={claim.status} /> {stanceSummary(m, claim)}
                  {claim.occurrences > 1 && <span class="cp-muted"> · {m.plural('mentions', claim.occurrences)}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {claims.length > 0 && <p class="cp-muted">{m.t('walkHint')}</p>}
    </section>
  );
}
