/**
 * The reader page: shows a source document from the corpus with one statement
 * highlighted, so a reader can check a quote in its context.
 * URL: see `src/core/reader-query.ts`.
 */
import { render } from 'preact';
import { locateStatement } from '../core/corpus/corpus.ts';
import { claimViewStatement } from '../core/view/claim-view.ts';
import { loadCorpus } from '../platform/load-corpus.ts';
import { parseReaderQuery } from '../core/reader-query.ts';
import { READER_CSS } from '../ui/styles.ts';
import { ReaderView } from '../ui/ReaderView.tsx';

/** Renders the document named in the URL into `root`. */
export async function init(root: HTMLElement, search = location.search): Promise<void> {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const request = parseReaderQuery(search);
  const corpus = await loadCorpus();
  const doc = corpus.documents.get(request.documentId);
  if (!doc) {
    root.textContent = 'Counterpoint has no source document by that name.';
    return;
  }
  document.title = `${doc.title} — Counterpoint`;
  document.documentElement.lang = doc.language;
  const statement = request.statementId ? corpus.statements.get(request.statementId) : undefined;
  const located = statement?.document === doc.id ? locateStatement(corpus, statement) : null;
  // A checked quote's closest passage comes as a range; it must lie inside the document.
  const range = request.range && request.range.end <= doc.text.length ? request.range : undefined;
  const view = statement && located ? claimViewStatement(corpus, statement.id, request.claimId) : undefined;
  render(<ReaderView document={doc} highlight={located ?? range} statement={view ?? undefined} />, root);
}

void init(document.getElementById('app')!);
