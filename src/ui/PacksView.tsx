/**
 * The options page: the story packs Counterpoint checks pages against, a way
 * to import a pack of one's own, and, when an import is refused, every
 * problem in the file by JSON path. A pure render of {data, actions}.
 */
import type { ComponentChildren } from 'preact';
import type { PackProblem } from '../core/corpus/validate-pack.ts';
import { messageWith, useMessages } from './i18n.tsx';
import { PackItem } from './PackItem.tsx';
import { ProblemList } from './ProblemList.tsx';

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

/** Why a file was refused before its pack could be checked: not JSON, not UTF-8 text, or storage refused it. */
export type ImportFailure = 'not-json' | 'not-saved' | 'not-text';

/**
 * What an import did; `reason` is set when the one problem is the file or storage, not the pack;
 * `more` counts the problems past those listed.
 */
export type ImportResult =
  | { ok: true; title: string }
  | { ok: false; fileName: string; problems: PackProblem[]; more?: number; reason?: ImportFailure };

/** What the page says about the last import: its result, or that the file named is being checked. */
export type ImportOutcome = ImportResult | { checking: string };

/** Props for {@link PacksView}. */
export interface PacksViewProps {
  packs: readonly PackRow[];
  outcome: ImportOutcome | null;
  actions: { onImport(file: File): void; onRemove(packId: string): void; onExport(packId: string): void };
  /** A failed removal or export, said next to the list. */
  packError?: string;
  /** More settings, shown after the packs (the default highlight mode, the ClaimReview reviewer). */
  children?: ComponentChildren;
}

/** The options page. */
export function PacksView({ packs, outcome, actions, packError, children }: PacksViewProps) {
  const m = useMessages();
  return (
    <main class="cp-packs">
      <h1>{m.t('optionsTitle')}</h1>
      <p>{messageWith(m, 'packsIntro', <code>corpus/README.md</code>)}</p>
      <ul class="cp-pack-list" aria-label={m.t('loadedPacks')}>
        {packs.map((pack) => (
          <PackItem key={pack.id} pack={pack} onExport={actions.onExport} onRemove={actions.onRemove} />
        ))}
      </ul>
      {packError && (
        <p role="alert" class="cp-problems">
          {packError}
        </p>
      )}
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
  if ('checking' in outcome) return <p role="status">{m.t('importChecking', outcome.checking)}</p>;
  if (outcome.ok) return <p role="status">{m.t('imported', outcome.title)}</p>;
  return <ProblemList outcome={outcome} />;
}
