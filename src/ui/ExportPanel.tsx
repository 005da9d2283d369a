/**
 * The popup's "Export findings" section: each format can be downloaded or
 * copied, and a status line (announced by screen readers) says what happened.
 * The ClaimReview row lists what the fact-checker must still fill in.
 */
import { useState } from 'preact/hooks';
import { claimReviewTodo, type Reviewer } from '../core/export/export-claimreview.ts';
import type { ExportFormat } from '../core/export/formats.ts';

export type { ExportFormat };

/** Where an export goes. */
export type ExportHow = 'download' | 'copy';

const FORMATS: { format: ExportFormat; label: string; detail: string }[] = [
  { format: 'markdown', label: 'Markdown report', detail: 'claims, sources and quote checks, with citations' },
  { format: 'annotations', label: 'Web Annotations', detail: 'W3C JSON-LD, one per highlight' },
  { format: 'claimreview', label: 'ClaimReview drafts', detail: 'schema.org JSON-LD, one per claim' },
];

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
  const [status, setStatus] = useState('');
  const run = (format: ExportFormat, how: ExportHow) => {
    setStatus('');
    onExport(format, how).then(setStatus, (error: unknown) =>
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const todo = claimReviewTodo(reviewer);
  return (
    <section class="cp-section cp-export" aria-labelledby="cp-export-heading">
      <h2 id="cp-export-heading" class="cp-section-heading">
        Export findings
      </h2>
      <ul class="cp-rows cp-export-rows">
        {FORMATS.map(({ format, label, detail }) => (
          <li key={format} class="cp-export-row" data-format={format}>
            <span class="cp-row-title">
              {label} <span class="cp-muted">({detail})</span>
            </span>
            <span class="cp-export-buttons">
              <button type="button" class="cp-link-button" onClick={() => run(format, 'download')}>
                Download<span class="cp-sr"> {label}</span>
              </button>
              <button type="button" class="cp-link-button" onClick={() => run(format, 'copy')}>
                Copy<span class="cp-sr"> {label}</span>
              </button>
            </span>
            {format === 'claimreview' && (
              <details class="cp-todo">
                <summary>Before publishing, fill in ({todo.length})</summary>
                <ul>
                  {todo.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                {!reviewer.organisation && (
                  <button type="button" class="cp-link-button" onClick={onOpenOptions}>
                    Set your organisation…
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
