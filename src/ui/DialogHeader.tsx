/**
 * The top of a popover: its heading (which names the dialog) and a close
 * button. Shared by the claim and quote popovers.
 */
import type { ComponentChildren } from 'preact';
import { useMessages } from './i18n.tsx';

/** Props for {@link DialogHeader}. */
export interface DialogHeaderProps {
  /** Id the dialog's aria-labelledby points at. */
  headingId: string;
  /** Small line above the heading, e.g. "Claim in the news". */
  kicker: string;
  onClose(): void;
  children: ComponentChildren;
}

/** A popover heading with a close button (accessible name "Close" in the interface language). */
export function DialogHeader({ headingId, kicker, onClose, children }: DialogHeaderProps) {
  const m = useMessages();
  return (
    <header class="cp-dialog-header">
      <div class="cp-dialog-title">
        <p class="cp-kicker">{kicker}</p>
        <h2 id={headingId} class="cp-heading">
          {children}
        </h2>
      </div>
      <button type="button" class="cp-close" aria-label={m.t('close')} onClick={() => onClose()}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}
