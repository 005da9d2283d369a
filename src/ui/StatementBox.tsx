/**
 * The reader page's box above the text: who said the highlighted words, in
 * what capacity, when, and how they bear on the claim.
 */
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { StatementView } from '../core/view/claim-view.ts';
import { joinParts } from './format.ts';
import { messageWith, useMessages } from './i18n.tsx';

const STANCE_LINE = { supports: 'boxSupports', contradicts: 'boxContradicts', context: 'boxContext' } as const;

// How the words came to be, for a day-precise date and for a month-only one.
const SAID: Record<string, [day: MessageKey, month: MessageKey]> = {
  'editorial-assessment': ['boxWroteOn', 'boxWroteIn'],
  'reported-statement': ['boxReportedOn', 'boxReportedIn'],
  'direct-quote': ['boxSaidOn', 'boxSaidIn'],
};

/** "Ben McConaghy, Spokesman, Meta, said on 2 Nov 2021" plus the stance line. */
export function StatementBox({ statement: s }: { statement: StatementView }) {
  const m = useMessages();
  const [onDay, inMonth] = SAID[s.kind] ?? SAID['direct-quote']!;
  const date = <time dateTime={s.date}>{m.date(s.date)}</time>;
  const who = joinParts([s.speakerRole, s.organisation]);
  const said =
    s.kind === 'reported-statement'
      ? messageWith(m, s.date.length > 7 ? onDay : inMonth, s.outlet, date)
      : messageWith(m, s.date.length > 7 ? onDay : inMonth, date);
  return (
    <aside class="cp-statement-box" aria-label={m.t('highlightedStatement')}>
      <p>
        <strong>{s.speakerName}</strong>
        {who && `, ${who}`}, {said}
      </p>
      <blockquote class="cp-quote" lang={s.documentLanguage}>
        “{s.quote}”
      </blockquote>
      {s.why && s.claimSummary && (
        <p class="cp-why">
          <span class="cp-stance">{m.t(STANCE_LINE[s.stance], s.claimSummary)}</span> {s.why}
        </p>
      )}
    </aside>
  );
}
