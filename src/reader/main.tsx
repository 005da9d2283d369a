/**
 * The reader page: shows a source document from the corpus with one statement
 * highlighted, so a reader can check a quote in its context. Its own words,
 * and the pack's, follow the reader's language as it changes.
 * URL: see `src/core/reader-query.ts`.
 */
import { render } from 'preact';
import { locateStatement } from '../core/corpus/corpus.ts';
import { messagesFor } from '../core/i18n/messages.ts';
import { claimViewStatement } from '../core/view/claim-view.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { loadCorpus } from '../platform/load-corpus.ts';
import { onReaderLanguageChange, readerLanguage } from '../platform/ui-language.ts';
import { parseReaderQuery } from '../core/reader-query.ts';
import { InLanguage } from '../ui/i18n.tsx';
import { READER_CSS } from '../ui/styles.ts';
import { ReaderView } from '../ui/ReaderView.tsx';

/** Renders the document named in the URL into `root`. */
export async function init(root: HTMLElement, search = location.search): Promise<void> {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const request = parseReaderQuery(search);
  const [corpus, lang] = await Promise.all([loadCorpus(), readerLanguage()]);
  const doc = corpus.documents.get(request.documentId);
  const show = (lang: ReaderLanguage) => {
    const m = messagesFor(lang);
    document.documentElement.lang = lang;
    if (!doc) {
      root.textContent = m.t('readerNoDocument');
      return;
    }
    document.title = `${doc.title} — ${m.t('extensionName')}`;
    const statement = request.statementId ? corpus.statements.get(request.statementId) : undefined;
    const located = statement?.document === doc.id ? locateStatement(corpus, statement) : null;
    // A checked quote's closest passage comes as a range; it must lie inside the document.
    const range = request.range && request.range.end <= doc.text.length ? request.range : undefined;
    const view = statement && located ? claimViewStatement(corpus, statement.id, request.claimId, lang) : undefined;
    render(
      <InLanguage lang={lang}>
        <ReaderView document={doc} highlight={located ?? range} statement={view ?? undefined} />
      </InLanguage>,
      root,
    );
  };
  onReaderLanguageChange(show);
  show(lang);
}

void init(document.getElementById('app')!);
