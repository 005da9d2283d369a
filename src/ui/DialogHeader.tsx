/**
 * The top of a popover: its heading (which names the dialog) and a close
 * button. Shared by the claim and quote popovers.
 */
import type { ComponentChildren } from 'preact';

/** Props for {@link DialogHeader}. */
export interface DialogHeaderProps {
  /** Id the dialog's aria-labelledby points at. */
  headingId: string;
  /** Small line above the heading, e.g. "Claim in the news". */
  kicker: string;
  onClose(): void;
  children: ComponentChildren;
}

/** A popover heading with a close button (accessible name "Close"). */
export function DialogHeader({ headingId, kicker, onClose, children }: DialogHeaderProps) {
  return (
    <header class="cp-dialog-header">
      <div class="cp-dialog-title">
        <p class="cp-kicker">{kicker}</p>
        <h2 id={headingId} class="cp-heading">
          {children}
        </h2>
      </div>
      <button type="button" class="cp-close" aria-label="Close" onClick={() => onClose()}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}
