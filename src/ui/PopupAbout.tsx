/**
 * The popup's answer to "is this page about the story?", with the evidence
 * that decided it, so the reader can judge the call.
 */
import type { PageReport } from '../core/view/page-report.ts';
import { evidenceTerms, summariseEvidence } from './evidence.ts';

/** Why the page was or was not taken to be about the story. */
export function PopupAbout({ report }: { report: PageReport }) {
  const terms = evidenceTerms(report.evidence);
  return (
    <section class="cp-section cp-about" aria-labelledby="cp-about-heading">
      {report.about ? (
        <h2 id="cp-about-heading" class="cp-section-heading">
          About the story
        </h2>
      ) : (
        <h2 id="cp-about-heading" class="cp-section-heading cp-plain">
          This page isn't about the Facebook–Kazakhstan content-reporting story.
        </h2>
      )}
      {report.evidence.length > 0 ? (
        <p class="cp-evidence">
          {report.about ? 'Why: ' : 'Found only: '}
          {summariseEvidence(report.evidence)}
        </p>
      ) : (
        <p class="cp-muted">None of the story's terms appear on it.</p>
      )}
      {terms.length > 0 && (
        <details class="cp-terms">
          <summary>Terms found</summary>
          <ul>
            {terms.map(({ term, count }) => (
              <li key={term}>
                {term} <span class="cp-muted">×{count}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
