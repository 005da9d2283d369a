/**
 * The popup's answer to "is this page about the story?", with the evidence
 * that decided it, in words, so the reader can judge the call.
 */
import type { PageReport } from '../core/view/page-report.ts';
import { evidenceTerms, summariseEvidence, type TopicLabels } from './evidence.ts';
import { useMessages } from './i18n.tsx';

/** Why the page was or was not taken to be about the story; `labels` name the story's topics. */
export function PopupAbout({ report, labels }: { report: PageReport; labels?: TopicLabels | undefined }) {
  const m = useMessages();
  const terms = evidenceTerms(report.evidence);
  const found = summariseEvidence(m, report.evidence, labels);
  return (
    <section class="cp-section cp-about" aria-labelledby="cp-about-heading">
      {report.about ? (
        <h2 id="cp-about-heading" class="cp-section-heading">
          {m.t('aboutHeading')}
        </h2>
      ) : (
        <h2 id="cp-about-heading" class="cp-section-heading cp-plain">
          {m.t('notAboutHeading')}
        </h2>
      )}
      {report.evidenceMissing ? (
        <p class="cp-muted">{m.t('evidenceMissing')}</p>
      ) : report.evidence.length > 0 ? (
        <p class="cp-evidence">{m.t(report.about ? 'evidenceWhy' : 'evidenceOnly', found)}</p>
      ) : (
        <p class="cp-muted">{m.t('noTerms')}</p>
      )}
      {terms.length > 0 && (
        <details class="cp-terms">
          <summary>{m.t('termsFound')}</summary>
          <ul>
            {terms.map(({ term, count }) => (
              <li key={term}>
                {term} <span class="cp-muted">×{m.number(count)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
