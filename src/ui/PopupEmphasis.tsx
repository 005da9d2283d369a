/**
 * The popup's highlight section, under the site switch: the mode for the
 * current site and, one click away so the claims stay in view, the legend for
 * that mode.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EmphasisChoice } from './EmphasisChoice.tsx';
import { useMessages } from './i18n.tsx';
import { Legend } from './Legend.tsx';

/** What the popup knows about the site's highlight mode, and how to change it. */
export interface PopupEmphasisProps {
  host: string;
  /** The mode in force for the site. */
  mode: EmphasisMode;
  /** The reader's default, which sites without their own choice follow. */
  defaultMode: EmphasisMode;
  onChange(mode: EmphasisMode): void;
  /** Opens the options page, where the default is set. */
  onOpenDefault(): void;
}

/** The mode control and the legend. */
export function PopupEmphasis({ host, mode, defaultMode, onChange, onOpenDefault }: PopupEmphasisProps) {
  const m = useMessages();
  return (
    <section class="cp-section cp-emphasis-section">
      <EmphasisChoice
        legend={m.t('siteHeading', host)}
        name="cp-site-emphasis"
        mode={mode}
        defaultMode={defaultMode}
        layout="row"
        onChange={onChange}
      />
      <Legend mode={mode} />
      <button type="button" class="cp-link-button cp-emphasis-default" onClick={onOpenDefault}>
        {m.t('openDefault')}
      </button>
    </section>
  );
}
