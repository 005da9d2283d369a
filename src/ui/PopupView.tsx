/**
 * The toolbar popup: whether the page is about the story and why, the claims
 * found (each a button that jumps to it), and the quotes checked. A pure
 * render of {report, actions}, so it renders from mock data in tests.
 */
import type { PageReport } from '../core/view/page-report.ts';
import { ExportPanel, type ExportPanelProps } from './ExportPanel.tsx';
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
  error?: string;
  actions: PopupActions;
  /** The site's highlight mode and how to change it; the section is left out without it. */
  emphasis?: Omit<PopupEmphasisProps, 'host'>;
  /** The export section's wiring; no export section without it. */
  exporter?: ExportPanelProps;
}

/** The popup's whole content. */
export function PopupView({ report, error, actions, emphasis, exporter }: PopupViewProps) {
  return (
    <main class="cp-popup">
      <header class="cp-popup-header">
        <h1 class="cp-title">Counterpoint</h1>
        {report && <SiteSwitch host={report.host} enabled={report.enabled} onToggle={actions.onToggleSite} />}
      </header>
      {report?.enabled && report.about && emphasis && <PopupEmphasis host={report.host} {...emphasis} />}
      {report ? (
        <PopupBody report={report} onFocusClaim={actions.onFocusClaim} exporter={exporter} />
      ) : (
        <Unreadable error={error} />
      )}
      <footer class="cp-popup-footer">
        <button type="button" class="cp-link-button" onClick={actions.onOpenPacks}>
          Story packs…
        </button>
      </footer>
    </main>
  );
}

function Unreadable({ error }: { error: string | undefined }) {
  return (
    <div class="cp-section" role="status">
      <p class="cp-plain">Counterpoint can't read this page</p>
      {error && <p class="cp-muted cp-error">{error}</p>}
    </div>
  );
}

function PopupBody({
  report,
  onFocusClaim,
  exporter,
}: {
  report: PageReport;
  onFocusClaim(claimId: string): void;
  exporter: ExportPanelProps | undefined;
}) {
  if (!report.enabled) {
    return (
      <p class="cp-section cp-plain" role="status">
        Counterpoint is off for {report.host}. Switch it on to check this page.
      </p>
    );
  }
  return (
    <>
      <PopupAbout report={report} />
      {report.about && <PopupClaims claims={report.claims} onFocusClaim={onFocusClaim} />}
      <PopupQuotes quotes={report.quotes} />
      {exporter && report.about && report.claims.length + report.quotes.length > 0 && <ExportPanel {...exporter} />}
    </>
  );
}
