/**
 * The popup's on/off switch for the current site: a real checkbox with the
 * switch role, labelled "On for <host>".
 */
import { useMessages } from './i18n.tsx';

/** Props for {@link SiteSwitch}. */
export interface SiteSwitchProps {
  host: string;
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** A labelled switch; the label stays the same and the checked state says whether it is on. */
export function SiteSwitch({ host, enabled, onToggle }: SiteSwitchProps) {
  const m = useMessages();
  return (
    <label class="cp-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="cp-switch-track" aria-hidden="true" />
      <span class="cp-switch-label">{m.t('siteSwitch', host)}</span>
    </label>
  );
}
