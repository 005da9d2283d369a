/**
 * The options page's "ClaimReview reviewer" section: the fact-checker's
 * organisation and name, which the ClaimReview drafts use as their author.
 * Both are empty until set; the drafts say what is missing.
 */
import { useState } from 'preact/hooks';
import type { Reviewer } from '../core/export/export-claimreview.ts';

/** Props for {@link ReviewerSettings}. */
export interface ReviewerSettingsProps {
  initial: Reviewer;
  onSave(reviewer: Reviewer): Promise<void>;
}

/** A small form with a status line a screen reader announces. */
export function ReviewerSettings({ initial, onSave }: ReviewerSettingsProps) {
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
      <h2 id="cp-reviewer-heading">ClaimReview reviewer</h2>
      <p class="cp-muted">
        Used as the author of the ClaimReview drafts the popup exports. Leave empty to fill in by hand.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(reviewer).then(
            () => setStatus('Saved'),
            (error: unknown) => setStatus(`Not saved: ${String(error)}`),
          );
        }}
      >
        <p>
          <label>
            Organisation{' '}
            <input type="text" name="organisation" autoComplete="organization" {...field('organisation')} />
          </label>
        </p>
        <p>
          <label>
            Reviewer's name <input type="text" name="name" autoComplete="name" {...field('name')} />
          </label>
        </p>
        <button type="submit">Save reviewer</button>{' '}
        {/* A live region without role="status": the pack import above owns the page's status role. */}
        <span class="cp-reviewer-status" aria-live="polite">
          {status}
        </span>
      </form>
    </section>
  );
}
