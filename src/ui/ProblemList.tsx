/**
 * A refused import's problems: the first ones by JSON path (the controller
 * keeps at most MAX_PROBLEMS), then how many more there were, so a pack with
 * fifty thousand problems still gives a short list that can be read.
 */
import { useMessages } from './i18n.tsx';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { ImportFailure, ImportResult } from './PacksView.tsx';

const FAILURE: Record<ImportFailure, MessageKey> = {
  'not-json': 'importNotJson',
  'not-saved': 'importNotSaved',
  'not-text': 'importNotText',
};

/** The alert for a refused import. */
export function ProblemList({ outcome }: { outcome: Extract<ImportResult, { ok: false }> }) {
  const m = useMessages();
  const more = outcome.more ?? 0;
  return (
    <div role="alert" class="cp-problems">
      <p>{m.plural('notImported', outcome.problems.length + more, outcome.fileName)}</p>
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path || m.t('wholeFile')}</code>:{' '}
            {outcome.reason ? m.t(FAILURE[outcome.reason], problem.message) : problem.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{m.plural('problemsMore', more)}</p>}
    </div>
  );
}
