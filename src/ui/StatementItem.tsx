/**
 * One statement in the claim popover: the exact words, who said them, where
 * and when, why they bear on the claim, and a way to read them in context.
 * The words stay in their source's language, and say so when it is not the
 * interface's.
 */
import type { Language } from '../core/corpus/schema.ts';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { Messages } from '../core/i18n/messages.ts';
import type { StatementView } from '../core/view/claim-view.ts';
import { CopyCitation, type CitationActions } from './CopyCitation.tsx';
import { joinParts } from './format.ts';
import { useMessages } from './i18n.tsx';

/** Where the words come from: only a direct quote is the speaker's own wording. */
export function sourceLine(m: Messages, kind: string, outlet: string): string {
  if (kind === 'direct-quote') return m.t('quotedIn', outlet);
  if (kind === 'editorial-assessment') return m.t('ownAssessment', outlet);
  return m.t('reportedBy', outlet);
}

/** What the source says about who said it, when it names more than one speaker. */
export function sharedAttributionLine(m: Messages, speaker: string, others: readonly string[]): string {
  const names = [speaker, ...others];
  return m.t(names.length === 2 ? 'attributedToBoth' : 'attributedToAll', m.list(names));
}

/** Says whose words a relay passes on, and that it is not counted twice. */
export function relayLine(m: Messages, outlets: readonly string[], countedWithOrigin: boolean): string {
  return m.t(countedWithOrigin ? 'relaysCounted' : 'relays', m.list(outlets));
}

const SOURCE_IN: Record<Language, MessageKey> = { en: 'sourceInEn', ru: 'sourceInRu', kk: 'sourceInKk' };

/** "Source in English" when the source's language is not the interface's, else nothing. */
export function sourceLanguageNote(m: Messages, language: Language): string | undefined {
  return language === m.lang ? undefined : m.t(SOURCE_IN[language]);
}

/** Props for {@link StatementItem}. */
export interface StatementItemProps {
  statement: StatementView;
  onOpenSource(documentId: string, statementId: string): void;
  citations?: CitationActions | undefined;
}

/** A statement as a list item; the words are in quotation marks because they are the document's exact words. */
export function StatementItem({ statement: s, onOpenSource, citations }: StatementItemProps) {
  const m = useMessages();
  const languageNote = sourceLanguageNote(m, s.documentLanguage);
  return (
    <li class="cp-statement" data-statement={s.statementId} data-stance={s.stance}>
      <blockquote class="cp-quote" lang={s.documentLanguage}>
        “{s.quote}”
      </blockquote>
      <p class="cp-speaker">
        <span class="cp-speaker-name">{s.speakerName}</span>
        {joinParts([s.speakerRole, s.organisation]) && (
          <span class="cp-muted">, {joinParts([s.speakerRole, s.organisation])}</span>
        )}
      </p>
      <p class="cp-meta">
        {sourceLine(m, s.kind, s.outlet)} · <time dateTime={s.date}>{m.date(s.date)}</time>
        {languageNote && <span data-source-language={s.documentLanguage}> · {languageNote}</span>}
      </p>
      {s.alsoAttributedTo.length > 0 && (
        <p class="cp-meta" data-attribution="shared">
          {sharedAttributionLine(m, s.speakerName, s.alsoAttributedTo)}
        </p>
      )}
      {s.relaysFrom.length > 0 && (
        <p class="cp-meta" data-relay={s.countedWithOrigin ? 'counted-with-origin' : 'counted'}>
          {relayLine(m, s.relaysFrom, s.countedWithOrigin)}
        </p>
      )}
      <p class="cp-why">{s.why}</p>
      <button type="button" class="cp-link" onClick={() => onOpenSource(s.documentId, s.statementId)}>
        {m.t('readInContext')}
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
