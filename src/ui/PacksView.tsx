/**
 * The options page: the story packs Counterpoint checks pages against, a way
 * to import a pack of one's own, and, when an import is refused, every
 * problem in the file by JSON path. A pure render of {data, actions}.
 */
import type { ComponentChildren } from 'preact';
import type { PackProblem } from '../core/corpus/validate-pack.ts';

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

/** What the last import did. */
export type ImportOutcome = { ok: true; title: string } | { ok: false; fileName: string; problems: PackProblem[] };

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
  return (
    <main class="cp-packs">
      <h1>Counterpoint: story packs</h1>
      <p>
        Counterpoint checks pages against these stories. A pack is one JSON file with the story's sources, statements,
        claims and the terms that recognise it; the project's <code>corpus/README.md</code> describes the format.
      </p>
      <ul class="cp-pack-list" aria-label="Loaded packs">
        {packs.map((pack) => (
          <li key={pack.id} class="cp-pack">
            <h2>{pack.title}</h2>
            <p>{pack.description}</p>
            <p class="cp-muted">
              {pack.documents} documents · {pack.statements} statements · {pack.claims} claims
              {pack.builtIn && ' · built in'}
            </p>
            {!pack.builtIn && (
              <button type="button" onClick={() => actions.onRemove(pack.id)} aria-label={`Remove ${pack.title}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <section class="cp-import" aria-labelledby="cp-import-heading">
        <h2 id="cp-import-heading">Import a pack</h2>
        <label>
          Pack file (.json){' '}
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
  if (outcome.ok) return <p role="status">Imported “{outcome.title}”.</p>;
  const count = outcome.problems.length;
  return (
    <div role="alert" class="cp-problems">
      <p>
        “{outcome.fileName}” was not imported: {count} problem{count === 1 ? '' : 's'}. The packs above are unchanged.
      </p>
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path || '(whole file)'}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
