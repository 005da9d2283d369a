/**
 * One pack in the options page's list: its title, description and counts, and
 * for an imported pack **Export** (the file as imported) and **Remove**, which
 * asks first in the page itself: a group with the question, "Yes, remove it"
 * (focused) and "Cancel"; Escape cancels. No `window.confirm`, which blocks
 * every tab of the window and which screen readers announce poorly.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useMessages } from './i18n.tsx';
import type { PackRow } from './PacksView.tsx';

/** Props for {@link PackItem}. */
export interface PackItemProps {
  pack: PackRow;
  onExport(packId: string): void;
  onRemove(packId: string): void;
}

/** A pack in the list, with its actions. */
export function PackItem({ pack, onExport, onRemove }: PackItemProps) {
  const m = useMessages();
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="cp-pack">
      <h2>{pack.title}</h2>
      <p>{pack.description}</p>
      <p class="cp-muted">
        {m.plural('documents', pack.documents)} · {m.plural('statements', pack.statements)} ·{' '}
        {m.plural('claims', pack.claims)}
        {pack.builtIn && ` · ${m.t('builtIn')}`}
      </p>
      {!pack.builtIn && !confirming && (
        <p class="cp-pack-actions">
          <button type="button" onClick={() => onExport(pack.id)} aria-label={m.t('exportPackLabel', pack.title)}>
            {m.t('exportPack')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(true)} aria-label={m.t('removePack', pack.title)}>
            {m.t('remove')}
          </button>
        </p>
      )}
      {confirming && (
        <ConfirmRemove title={pack.title} onConfirm={() => onRemove(pack.id)} onCancel={() => setConfirming(false)} />
      )}
    </li>
  );
}

function ConfirmRemove({ title, onConfirm, onCancel }: { title: string; onConfirm(): void; onCancel(): void }) {
  const m = useMessages();
  const yes = useRef<HTMLButtonElement>(null);
  const question = useId();
  useEffect(() => yes.current?.focus(), []);
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <div role="group" class="cp-confirm" aria-labelledby={question}>
      <p id={question}>{m.t('confirmRemove', title)}</p>
      <button type="button" ref={yes} onClick={onConfirm} onKeyDown={escape}>
        {m.t('confirmRemoveYes')}
      </button>{' '}
      <button type="button" onClick={onCancel} onKeyDown={escape}>
        {m.t('cancel')}
      </button>
    </div>
  );
}
