/**
 * What the popovers' "Copy citation" buttons need: citations resolved against
 * the corpus (for the documents' addresses and the speakers' roles) and the
 * clipboard.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import { citeQuoteSource, citeStatement } from '../core/export/cite.ts';
import { formatCitation } from '../core/export/cite-format.ts';
import type { CitationActions } from '../ui/CopyCitation.tsx';
import { copyText } from './clipboard.ts';

/** Citation actions over one corpus. */
export function citationActions(corpus: Corpus): CitationActions {
  return {
    statement: (statement) => formatCitation(citeStatement(corpus, statement)),
    source: (source) => formatCitation(citeQuoteSource(corpus, source)),
    copy: copyText,
  };
}
