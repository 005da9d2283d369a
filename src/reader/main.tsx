/**
 * The reader page: shows a source document from the corpus with one statement
 * highlighted, so a reader can check a quote in its context.
 * URL: `reader/index.html?doc=<document id>&statement=<statement id>`.
 */
import { render } from 'preact';
import { locateStatement } from '../core/corpus/corpus.ts';
import { claimViewStatement } from '../core/view/claim-view.ts';
import { loadCorpus } from '../platform/load-corpus.ts';
import { READER_CSS } from '../ui/styles.ts';
import { ReaderView } from '../ui/ReaderView.tsx';

/** Renders the document named in the URL into `root`. */
export async function init(root: HTMLElement, search = location.search): Promise<void> {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const params = new URLSearchParams(search);
  const corpus = await loadCorpus();
  const doc = corpus.documents.get(params.get('doc') ?? '');
  if (!doc) {
    root.textContent = 'Counterpoint has no source document by that name.';
    return;
  }
  document.title = `${doc.title} — Counterpoint`;
  document.documentElement.lang = doc.language;
  const statement = corpus.statements.get(params.get('statement') ?? '');
  const highlight = statement && statement.document === doc.id ? locateStatement(corpus, statement) : null;
  const view = statement && highlight ? claimViewStatement(corpus, statement.id) : undefined;
  render(<ReaderView document={doc} highlight={highlight ?? undefined} statement={view ?? undefined} />, root);
}

void init(document.getElementById('app')!);
