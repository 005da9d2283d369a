/**
 * The command line's exports of one page: the same pure functions the popup
 * uses, fed with the page as the CLI reads it.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import { buildFindings } from '../core/export/build-findings.ts';
import { exportAnnotations } from '../core/export/export-annotations.ts';
import { exportClaimReviews, type Reviewer } from '../core/export/export-claimreview.ts';
import { exportMarkdown } from '../core/export/export-markdown.ts';
import type { ExportFormat } from '../core/export/formats.ts';
import type { PageFindings } from '../core/export/page-findings.ts';
import { scanStory } from './annotate-page.ts';
import type { ReadPage } from './read-page.ts';

/** What an export needs besides the page. */
export interface ExportOptions {
  /** When the page was checked (ISO 8601). */
  checkedAt: string;
  reviewer: Reviewer;
  generator: string;
  newId(): string;
}

/** The findings of a page (no claims or quotes on a page about no story). */
export function pageFindings(page: ReadPage, corpus: Corpus, checkedAt: string): PageFindings {
  const { scan, corpus: story } = scanStory(page, corpus);
  return buildFindings({
    page: { url: page.url, title: page.title, checkedAt },
    corpus: story,
    scan: scan ?? { claims: [], quotes: [] },
    locate: page.locate,
  });
}

/** Exports a page's findings in one format: Markdown text, or a JSON-LD object. */
export function exportPage(
  page: ReadPage,
  corpus: Corpus,
  format: ExportFormat,
  options: ExportOptions,
): string | Record<string, unknown> {
  const findings = pageFindings(page, corpus, options.checkedAt);
  if (format === 'markdown') return exportMarkdown(findings);
  if (format === 'annotations') return exportAnnotations(findings, options);
  return exportClaimReviews(findings, options.reviewer);
}
