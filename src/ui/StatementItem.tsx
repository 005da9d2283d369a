/**
 * One statement in the claim popover: the exact words, who said them, where
 * and when, why they bear on the claim, and a way to read them in context.
 */
import type { StatementView } from '../core/view/claim-view.ts';
import { CopyCitation, type CitationActions } from './CopyCitation.tsx';
import { formatDate, joinParts } from './format.ts';

/** Where the words come from: only a direct quote is the speaker's own wording. */
export function sourceLine(kind: string, outlet: string): string {
  if (kind === 'direct-quote') return `Quoted in ${outlet}`;
  if (kind === 'editorial-assessment') return `${outlet}'s own assessment`;
  return `${outlet}'s report of what was said, in its words`;
}

/** What the source says about who said it, when it names more than one speaker. */
export function sharedAttributionLine(speaker: string, others: readonly string[]): string {
  const names = [speaker, ...others];
  const both = names.length === 2 ? 'both ' : '';
  return `Attributed by the source to ${both}${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Says whose words a relay passes on, and that it is not counted twice. */
export function relayLine(outlets: readonly string[], countedWithOrigin: boolean): string {
  const from = `Passes on the text published by ${outlets.join(' and ')}`;
  return countedWithOrigin ? `${from}; counted once with it` : from;
}

/** Props for {@link StatementItem}. */
export interface StatementItemProps {
  statement: StatementView;
  onOpenSource(documentId: string, statementId: string): void;
  citations?: CitationActions | undefined;
}

/** A statement as a list item; the words are in quotation marks because they are the document's exact words. */
export function StatementItem({ statement: s, onOpenSource, citations }: StatementItemProps) {
  return (
    <li class="cp-statement" data-statement={s.statementId} data-stance={s.stance}>
      <blockquote class="cp-quote">“{s.quote}”</blockquote>
      <p class="cp-speaker">
        <span class="cp-speaker-name">{s.speakerName}</span>
        {joinParts([s.speakerRole, s.organisation]) && (
          <span class="cp-muted">, {joinParts([s.speakerRole, s.organisation])}</span>
        )}
      </p>
      <p class="cp-meta">
        {sourceLine(s.kind, s.outlet)} · <time dateTime={s.date}>{formatDate(s.date)}</time>
      </p>
      {s.alsoAttributedTo.length > 0 && (
        <p class="cp-meta" data-attribution="shared">
          {sharedAttributionLine(s.speakerName, s.alsoAttributedTo)}
        </p>
      )}
      {s.relaysFrom.length > 0 && (
        <p class="cp-meta" data-relay={s.countedWithOrigin ? 'counted-with-origin' : 'counted'}>
          {relayLine(s.relaysFrom, s.countedWithOrigin)}
        </p>
      )}
      <p class="cp-why">{s.why}</p>
      <button type="button" class="cp-link" onClick={() => onOpenSource(s.documentId, s.statementId)}>
        Read in context
        <span class="cp-sr">
          {' '}
          ({s.speakerName}, {s.outlet})
        </span>
      </button>
      {citations && (
        <CopyCitation citation={citations.statement(s)} who={`${s.speakerName}, ${s.outlet}`} copy={citations.copy} />
      )}
    </li>
  );
}
