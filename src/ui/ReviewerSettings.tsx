/**
 * The options page's "ClaimReview reviewer" section: the fact-checker's
 * organisation and name, which the ClaimReview drafts use as their author.
 * Both are empty until set; the drafts say what is missing.
 */
import { useState } from 'preact/hooks';
import type { Reviewer } from '../core/export/export-claimreview.ts';
import { useMessages } from './i18n.tsx';

/** Props for {@link ReviewerSettings}. */
export interface ReviewerSettingsProps {
  initial: Reviewer;
  onSave(reviewer: Reviewer): Promise<void>;
}

/** A small form with a status line a screen reader announces. */
export function ReviewerSettings({ initial, onSave }: ReviewerSettingsProps) {
  const m = useMessages();
  const [reviewer, setReviewer] = useState(initial);
  const [status, setStatus] = useState('');
  const field = (key: keyof Reviewer) => ({
    value: reviewer[key],
    onInput: (event: Event) => {
      setReviewer({ ...reviewer, [key]: (event.currentTarget as HTMLInputElement).value });
      setStatus('');
    },
  });
  return (
    <section class="cp-import cp-reviewer" aria-labelledby="cp-reviewer-heading">
      <h2 id="cp-reviewer-heading">{m.t('reviewerHeading')}</h2>
      <p class="cp-muted">{m.t('reviewerIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(reviewer).then(
            () => setStatus(m.t('reviewerSaved')),
            (error: unknown) => setStatus(m.t('notSaved', String(error))),
          );
        }}
      >
        <p>
          <label>
            {m.t('reviewerOrganisation')}{' '}
            <input type="text" name="organisation" autoComplete="organization" {...field('organisation')} />
          </label>
        </p>
        <p>
          <label>
            {m.t('reviewerName')} <input type="text" name="name" autoComplete="name" {...field('name')} />
          </label>
        </p>
        <button type="submit">{m.t('saveReviewer')}</button>{' '}
        {/* A live region without role="status": the pack import above owns the page's status role. */}
        <span class="cp-reviewer-status" aria-live="polite">
          {status}
        </span>
      </form>
    </section>
  );
}
