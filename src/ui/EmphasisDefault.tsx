/**
 * The options page's section for the default highlight mode, which every
 * site without a choice of its own (made in the popup) follows.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EmphasisChoice } from './EmphasisChoice.tsx';
import { useMessages } from './i18n.tsx';

/** Props for {@link EmphasisDefault}. */
export interface EmphasisDefaultProps {
  mode: EmphasisMode;
  /** Set once a change is stored, so the reader hears that it took. */
  saved: boolean;
  onChange(mode: EmphasisMode): void;
}

/** The default-mode radio group with its explanation. */
export function EmphasisDefault({ mode, saved, onChange }: EmphasisDefaultProps) {
  const m = useMessages();
  return (
    <section class="cp-import" aria-labelledby="cp-emphasis-default-heading">
      <h2 id="cp-emphasis-default-heading">{m.t('defaultHeading')}</h2>
      <p>{m.t('defaultIntro')}</p>
      <EmphasisChoice
        legend={m.t('defaultLegend')}
        name="cp-default-emphasis"
        mode={mode}
        layout="list"
        onChange={onChange}
      />
      {/* A live region without the status role: it is always there (so "Saved." is announced), and the
          page's one role=status stays the pack import's outcome. */}
      <p aria-live="polite" class="cp-muted cp-emphasis-saved">
        {saved ? m.t('saved') : ''}
      </p>
    </section>
  );
}
