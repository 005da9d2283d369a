/**
 * The popup's "Export findings" section: each format can be downloaded or
 * copied, and a status line (announced by screen readers) says what happened.
 * The ClaimReview row lists what the fact-checker must still fill in.
 */
import { useState } from 'preact/hooks';
import type { Reviewer } from '../core/export/export-claimreview.ts';
import type { ExportFormat } from '../core/export/formats.ts';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import { useMessages } from './i18n.tsx';

export type { ExportFormat };

/** Where an export goes. */
export type ExportHow = 'download' | 'copy';

const FORMATS: { format: ExportFormat; label: MessageKey; detail: MessageKey }[] = [
  { format: 'markdown', label: 'exportMarkdown', detail: 'exportMarkdownDetail' },
  { format: 'annotations', label: 'exportAnnotations', detail: 'exportAnnotationsDetail' },
  { format: 'claimreview', label: 'exportClaimReview', detail: 'exportClaimReviewDetail' },
];

/**
 * What a ClaimReview draft still needs from the fact-checker, as messages: the same list
 * as `claimReviewTodo` (src/core/export/export-claimreview.ts) gives the command line.
 */
export function claimReviewTodoKeys(reviewer: Reviewer): MessageKey[] {
  return [
    ...(reviewer.organisation.trim() ? [] : (['todoOrganisation'] as const)),
    ...(reviewer.name.trim() ? [] : (['todoName'] as const)),
    'todoUrl',
    'todoDatePublished',
    'todoReviewRating',
    'todoWorkStatus',
  ];
}

/** Props for {@link ExportPanel}. */
export interface ExportPanelProps {
  /** The reviewer from the options page (for the ClaimReview to-do list). */
  reviewer: Reviewer;
  /** Exports; resolves to the confirmation to show, rejects with the reason it failed. */
  onExport(format: ExportFormat, how: ExportHow): Promise<string>;
  onOpenOptions(): void;
}

/** The export section of the popup. */
export function ExportPanel({ reviewer, onExport, onOpenOptions }: ExportPanelProps) {
  const m = useMessages();
  const [status, setStatus] = useState('');
  const run = (format: ExportFormat, how: ExportHow) => {
    setStatus('');
    onExport(format, how).then(setStatus, (error: unknown) =>
      setStatus(m.t('exportFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  const todo = claimReviewTodoKeys(reviewer);
  return (
    <section class="cp-section cp-export" aria-labelledby="cp-export-heading">
      <h2 id="cp-export-heading" class="cp-section-heading">
        {m.t('exportHeading')}
      </h2>
      <ul class="cp-rows cp-export-rows">
        {FORMATS.map(({ format, label, detail }) => (
          <li key={format} class="cp-export-row" data-format={format}>
            <span class="cp-row-title">
              {m.t(label)} <span class="cp-muted">({m.t(detail)})</span>
            </span>
            <span class="cp-export-buttons">
              <button type="button" class="cp-link-button" onClick={() => run(format, 'download')}>
                {m.t('download')}
                <span class="cp-sr"> {m.t(label)}</span>
              </button>
              <button type="button" class="cp-link-button" onClick={() => run(format, 'copy')}>
                {m.t('copy')}
                <span class="cp-sr"> {m.t(label)}</span>
              </button>
            </span>
            {format === 'claimreview' && (
              <details class="cp-todo">
                <summary>{m.t('todoHeading', todo.length)}</summary>
                <ul>
                  {todo.map((item) => (
                    <li key={item}>{m.t(item)}</li>
                  ))}
                </ul>
                {!reviewer.organisation && (
                  <button type="button" class="cp-link-button" onClick={onOpenOptions}>
                    {m.t('setOrganisation')}
                  </button>
                )}
              </details>
            )}
          </li>
        ))}
      </ul>
      <p class="cp-muted cp-export-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
