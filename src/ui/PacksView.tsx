/**
 * The options page: the story packs Counterpoint checks pages against, a way
 * to import a pack of one's own, and, when an import is refused, every
 * problem in the file by JSON path. A pure render of {data, actions}.
 */
import type { ComponentChildren } from 'preact';
import type { PackProblem } from '../core/corpus/validate-pack.ts';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import { messageWith, useMessages } from './i18n.tsx';

/** One loaded pack as the page lists it. */
export interface PackRow {
  id: string;
  title: string;
  description: string;
  builtIn: boolean;
  documents: number;
  statements: number;
  claims: number;
}

/** Why a file was refused before its pack could be checked: not JSON, or storage refused it. */
export type ImportFailure = 'not-json' | 'not-saved';

/** What the last import did; `reason` is set when the one problem is the file or storage, not the pack. */
export type ImportOutcome =
  { ok: true; title: string } | { ok: false; fileName: string; problems: PackProblem[]; reason?: ImportFailure };

const FAILURE: Record<ImportFailure, MessageKey> = { 'not-json': 'importNotJson', 'not-saved': 'importNotSaved' };

/** Props for {@link PacksView}. */
export interface PacksViewProps {
  packs: readonly PackRow[];
  outcome: ImportOutcome | null;
  actions: { onImport(file: File): void; onRemove(packId: string): void };
  /** More settings, shown after the packs (the default highlight mode, the ClaimReview reviewer). */
  children?: ComponentChildren;
}

/** The options page. */
export function PacksView({ packs, outcome, actions, children }: PacksViewProps) {
  const m = useMessages();
  return (
    <main class="cp-packs">
      <h1>{m.t('optionsTitle')}</h1>
      <p>{messageWith(m, 'packsIntro', <code>corpus/README.md</code>)}</p>
      <ul class="cp-pack-list" aria-label={m.t('loadedPacks')}>
        {packs.map((pack) => (
          <li key={pack.id} class="cp-pack">
            <h2>{pack.title}</h2>
            <p>{pack.description}</p>
            <p class="cp-muted">
              {m.plural('documents', pack.documents)} · {m.plural('statements', pack.statements)} ·{' '}
              {m.plural('claims', pack.claims)}
              {pack.builtIn && ` · ${m.t('builtIn')}`}
            </p>
            {!pack.builtIn && (
              <button
                type="button"
                onClick={() => actions.onRemove(pack.id)}
                aria-label={m.t('removePack', pack.title)}
              >
                {m.t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <section class="cp-import" aria-labelledby="cp-import-heading">
        <h2 id="cp-import-heading">{m.t('importHeading')}</h2>
        <label>
          {m.t('packFile')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = (event.currentTarget as HTMLInputElement).files?.[0];
              if (file) actions.onImport(file);
              (event.currentTarget as HTMLInputElement).value = ''; // The same file can be picked again after a fix.
            }}
          />
        </label>
        {outcome && <Outcome outcome={outcome} />}
      </section>
      {children}
    </main>
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const m = useMessages();
  if (outcome.ok) return <p role="status">{m.t('imported', outcome.title)}</p>;
  return (
    <div role="alert" class="cp-problems">
      <p>{m.plural('notImported', outcome.problems.length, outcome.fileName)}</p>
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path || m.t('wholeFile')}</code>:{' '}
            {outcome.reason ? m.t(FAILURE[outcome.reason], problem.message) : problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
