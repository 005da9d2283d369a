/**
 * The popup's export actions: asks the tab for its findings, builds the chosen
 * format with the core's export functions, and saves it as a download (an
 * `<a download>` with a blob URL, which needs no `downloads` permission) or
 * copies it to the clipboard (the popup is focused and the click is a user
 * activation, so `navigator.clipboard.writeText` needs no permission either).
 */
import { exportAnnotations } from '../core/export/export-annotations.ts';
import { exportClaimReviews } from '../core/export/export-claimreview.ts';
import { exportMarkdown } from '../core/export/export-markdown.ts';
import type { PageFindings } from '../core/export/page-findings.ts';
import { browser } from '../platform/browser.ts';
import { sendToContent } from '../platform/content-port.ts';
import { loadReviewer } from '../platform/reviewer-settings.ts';
import type { ExportFormat } from '../core/export/formats.ts';
import type { Messages } from '../core/i18n/messages.ts';
import type { ExportHow } from '../ui/ExportPanel.tsx';

const FILE: Record<ExportFormat, { suffix: string; type: string }> = {
  markdown: { suffix: '.md', type: 'text/markdown' },
  annotations: { suffix: '.annotations.jsonld', type: 'application/ld+json' },
  claimreview: { suffix: '.claimreview.jsonld', type: 'application/ld+json' },
};

/** Builds one format from the findings. */
export async function buildExport(findings: PageFindings, format: ExportFormat): Promise<string> {
  if (format === 'markdown') return exportMarkdown(findings);
  const json =
    format === 'annotations'
      ? exportAnnotations(findings, {
          newId: () => `urn:uuid:${crypto.randomUUID()}`,
          generator: `Counterpoint ${browser.runtime.getManifest().version}`,
        })
      : exportClaimReviews(findings, await loadReviewer());
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A file name such as `counterpoint-news.example-2026-11-29.md`. */
export function exportFileName(findings: PageFindings, format: ExportFormat): string {
  const host = URL.canParse(findings.page.url) ? new URL(findings.page.url).hostname : 'page';
  return `counterpoint-${host || 'page'}-${findings.page.checkedAt.slice(0, 10)}${FILE[format].suffix}`;
}

/** Exports the tab's findings; resolves to what to tell the reader, in the reader's language. */
export async function runExport(tabId: number, format: ExportFormat, how: ExportHow, m: Messages): Promise<string> {
  const findings = await sendToContent(tabId, 'getFindings', {});
  const text = await buildExport(findings, format);
  if (how === 'copy') {
    await navigator.clipboard.writeText(text);
    return m.t('copied');
  }
  const name = exportFileName(findings, format);
  const url = URL.createObjectURL(new Blob([text], { type: FILE[format].type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download reads the blob at once; a minute is ample, and closing the popup frees it anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return m.t('downloaded', name);
}
