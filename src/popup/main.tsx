/**
 * The toolbar popup: asks the active tab's content script what it found and
 * renders it, in the reader's language, again whenever that changes. The tab
 * can be named with `?tab=<id>`, a test seam: a popup opened as a normal tab
 * in tests is itself the active tab.
 */
import { render } from 'preact';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import { messagesFor } from '../core/i18n/messages.ts';
import type { PageReport } from '../core/messages.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { browser } from '../platform/browser.ts';
import { sendToContent } from '../platform/content-port.ts';
import { loadReviewer } from '../platform/reviewer-settings.ts';
import { setSiteEnabled } from '../platform/site-settings.ts';
import { onReaderLanguageChange, readerLanguage } from '../platform/ui-language.ts';
import type { ExportPanelProps } from '../ui/ExportPanel.tsx';
import { emphasisFor } from './emphasis.ts';
import { topicLabels } from './topic-labels.ts';
import { InLanguage } from '../ui/i18n.tsx';
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

/** Why there is no report, as a message of the catalogues. */
class NoReport extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

async function fetchReport(tabId: number, lang: ReaderLanguage): Promise<PageReport> {
  try {
    return await sendToContent(tabId, 'getReport', { lang });
  } catch (error) {
    // No content script answered at all (the browser's own pages, or a tab opened before
    // Counterpoint was installed or updated), or it answered something else: say which.
    throw new NoReport(
      /not what Counterpoint expects/.test(String(error)) ? 'errorUnexpectedAnswer' : 'errorNoContentScript',
    );
  }
}

/** Renders the popup for the target tab, and again after every change the user makes. */
export async function init(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const tabId = await targetTabId();
  let lang = await readerLanguage();
  // A write that failed is said, and the controls go back to what is stored.
  let settingError: string | undefined;
  const saved = () => (settingError = undefined);
  const show = async () => {
    const m = messagesFor(lang);
    document.documentElement.lang = lang;
    let report: PageReport | null = null;
    let error: string | undefined;
    try {
      if (tabId === undefined) throw new NoReport('errorNoTab');
      report = await fetchReport(tabId, lang);
    } catch (caught) {
      error = caught instanceof NoReport ? m.t(caught.key) : String(caught);
    }
    const actions = {
      onToggleSite: (enabled: boolean) => {
        // The switch shows the stored state at once; the claims follow once the page has (un)highlighted.
        if (report)
          void setSiteEnabled(report.host, enabled)
            .then(saved, (failed: unknown) => (settingError = m.t('siteSwitchNotSaved', String(failed))))
            .then(show)
            .then(() => setTimeout(show, SCAN_SETTLE_MS));
      },
      onFocusClaim: (claimId: string) => {
        if (tabId !== undefined) sendToContent(tabId, 'focusClaim', { claimId }).catch(() => undefined);
      },
      onOpenPacks: () => void browser.runtime.openOptionsPage(),
    };
    const [emphasis, labels] = report
      ? await Promise.all([
          emphasisFor(
            report.host,
            () => {
              saved();
              return show();
            },
            (failed) => {
              settingError = m.t('settingNotSaved', String(failed));
              void show();
            },
          ),
          topicLabels(report.pack, lang),
        ])
      : [undefined, undefined];
    const exporter: ExportPanelProps | undefined =
      tabId === undefined
        ? undefined
        : {
            reviewer: await loadReviewer().catch(() => ({ organisation: '', name: '' })),
            onExport: (format, how) => runExport(tabId, format, how, m),
            onOpenOptions: actions.onOpenPacks,
          };
    render(
      <InLanguage lang={lang}>
        <PopupView
          report={report}
          error={error}
          actions={actions}
          emphasis={emphasis}
          exporter={exporter}
          topicLabels={labels}
          settingError={settingError}
        />
      </InLanguage>,
      root,
    );
  };
  // The options page can change the language while the popup is open (or a test's popup tab is).
  onReaderLanguageChange((next) => {
    lang = next;
    void show();
  });
  await show();
}

void init(document.getElementById('app')!);
