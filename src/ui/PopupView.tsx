/**
 * The toolbar popup: whether the page is about the story and why, the claims
 * found (each a button that jumps to it), and the quotes checked. A pure
 * render of {report, actions}, so it renders from mock data in tests.
 */
import type { PageReport } from '../core/view/page-report.ts';
import type { TopicLabels } from './evidence.ts';
import { ExportPanel, type ExportPanelProps } from './ExportPanel.tsx';
import { useMessages } from './i18n.tsx';
import { PopupAbout } from './PopupAbout.tsx';
import { PopupClaims } from './PopupClaims.tsx';
import { PopupEmphasis, type PopupEmphasisProps } from './PopupEmphasis.tsx';
import { PopupQuotes } from './PopupQuotes.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';

/** What the popup can ask for. */
export interface PopupActions {
  onToggleSite(enabled: boolean): void;
  onFocusClaim(claimId: string): void;
  /** Open the options page, where story packs are listed and imported. */
  onOpenPacks(): void;
}

/** Props for {@link PopupView}. */
export interface PopupViewProps {
  /** The tab's report, or null when the content script could not be reached. */
  report: PageReport | null;
  /** Why there is no report, in the reader's language. */
  error?: string | undefined;
  /** The story's topics by group id, in the reader's language, to say what the page mentions. */
  topicLabels?: TopicLabels | undefined;
  actions: PopupActions;
  /** The site's highlight mode and how to change it; the section is left out without it. */
  emphasis?: Omit<PopupEmphasisProps, 'host'>;
  /** The export section's wiring; no export section without it. */
  exporter?: ExportPanelProps;
  /** Why the last change of the site switch or the highlight mode was not saved, in the reader's language. */
  settingError?: string | undefined;
}

/** The popup's whole content. */
export function PopupView({ report, error, actions, emphasis, exporter, topicLabels, settingError }: PopupViewProps) {
  const m = useMessages();
  return (
    <main class="cp-popup">
      <header class="cp-popup-header">
        <h1 class="cp-title">{m.t('extensionName')}</h1>
        {report && <SiteSwitch host={report.host} enabled={report.enabled} onToggle={actions.onToggleSite} />}
      </header>
      {settingError && (
        <p role="alert" class="cp-error">
          {settingError}
        </p>
      )}
      {report?.enabled && report.about && emphasis && <PopupEmphasis host={report.host} {...emphasis} />}
      {report ? (
        <PopupBody report={report} labels={topicLabels} onFocusClaim={actions.onFocusClaim} exporter={exporter} />
      ) : (
        <Unreadable error={error} />
      )}
      <footer class="cp-popup-footer">
        <button type="button" class="cp-link-button" onClick={actions.onOpenPacks}>
          {m.t('storyPacksLink')}
        </button>
      </footer>
    </main>
  );
}

function Unreadable({ error }: { error: string | undefined }) {
  const m = useMessages();
  return (
    <div class="cp-section" role="status">
      <p class="cp-plain">{m.t('popupUnreadable')}</p>
      {error && <p class="cp-muted cp-error">{error}</p>}
    </div>
  );
}

interface PopupBodyProps {
  report: PageReport;
  labels: TopicLabels | undefined;
  onFocusClaim(claimId: string): void;
  exporter: ExportPanelProps | undefined;
}

function PopupBody({ report, labels, onFocusClaim, exporter }: PopupBodyProps) {
  const m = useMessages();
  if (!report.enabled) {
    return (
      <p class="cp-section cp-plain" role="status">
        {m.t('popupOff', report.host)}
      </p>
    );
  }
  return (
    <>
      <PopupAbout report={report} labels={labels} />
      {report.about && <PopupClaims claims={report.claims} onFocusClaim={onFocusClaim} />}
      <PopupQuotes quotes={report.quotes} />
      {exporter && report.about && report.claims.length + report.quotes.length > 0 && <ExportPanel {...exporter} />}
    </>
  );
}
