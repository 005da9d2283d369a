/**
 * The toolbar popup: asks the active tab's content script what it found and
 * renders it. The tab can be named with `?tab=<id>`, a test seam: a popup
 * opened as a normal tab in tests is itself the active tab.
 */
import { render } from 'preact';
import type { PageReport } from '../core/messages.ts';
import { browser } from '../platform/browser.ts';
import { sendToContent } from '../platform/content-port.ts';
import { loadReviewer } from '../platform/reviewer-settings.ts';
import { setSiteEnabled } from '../platform/site-settings.ts';
import type { ExportPanelProps } from '../ui/ExportPanel.tsx';
import { emphasisFor } from './emphasis.ts';
import { PopupView } from '../ui/PopupView.tsx';
import { POPUP_CSS } from '../ui/styles.ts';
import { runExport } from './export-actions.ts';

// Roughly how long a page takes to scan or clean up after the switch flips.
const SCAN_SETTLE_MS = 500;

async function targetTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab')); // Test seam.
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

// What the reader should do when no content script answers (the browser's own pages,
// or a tab opened before Counterpoint was installed or updated).
const NO_CONTENT_SCRIPT =
  'Counterpoint reads web pages (http and https). If this is one, reload it: it was opened before Counterpoint started.';

async function fetchReport(tabId: number): Promise<PageReport> {
  try {
    return await sendToContent(tabId, 'getReport', {});
  } catch (error) {
    // No content script answered at all, or it answered something else: say which.
    throw /not what Counterpoint expects/.test(String(error)) ? error : new Error(NO_CONTENT_SCRIPT);
  }
}

/** Renders the popup for the target tab, and again after every change the user makes. */
export async function init(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const tabId = await targetTabId();
  const show = async () => {
    let report: PageReport | null = null;
    let error: string | undefined;
    try {
      if (tabId === undefined) throw new Error('No active tab.');
      report = await fetchReport(tabId);
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const actions = {
      onToggleSite: (enabled: boolean) => {
        // The switch shows the stored state at once; the claims follow once the page has (un)highlighted.
        if (report)
          void setSiteEnabled(report.host, enabled)
            .then(show)
            .then(() => setTimeout(show, SCAN_SETTLE_MS));
      },
      onFocusClaim: (claimId: string) => {
        if (tabId !== undefined) sendToContent(tabId, 'focusClaim', { claimId }).catch(() => undefined);
      },
      onOpenPacks: () => void browser.runtime.openOptionsPage(),
    };
    const emphasis = report ? await emphasisFor(report.host, show) : undefined;
    const exporter: ExportPanelProps | undefined =
      tabId === undefined
        ? undefined
        : {
            reviewer: await loadReviewer().catch(() => ({ organisation: '', name: '' })),
            onExport: (format, how) => runExport(tabId, format, how),
            onOpenOptions: actions.onOpenPacks,
          };
    render(<PopupView report={report} error={error} actions={actions} emphasis={emphasis} exporter={exporter} />, root);
  };
  await show();
}

void init(document.getElementById('app')!);
