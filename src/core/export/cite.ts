/**
 * Citations of the sources' exact words, built from the view models the
 * popovers already show, with what those leave out (the document's address,
 * the speakers' roles) looked up in the corpus.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { Speaker } from '../corpus/schema.ts';
import type { StatementView } from '../view/claim-view.ts';
import { passageSpeakerIds } from '../view/passage-speakers.ts';
import type { QuoteSourceView } from '../view/quote-view.ts';
import type { Citation, SpeakerInfo } from './page-findings.ts';

/** A statement's citation: its speaker (and whoever the source names with them), the document, and its exact words. */
export function citeStatement(corpus: Corpus, statement: StatementView): Citation {
  const url = corpus.documents.get(statement.documentId)?.url;
  const others = (corpus.statements.get(statement.statementId)?.alsoAttributedTo ?? []).flatMap(
    (id) => corpus.speakers.get(id) ?? [],
  );
  return {
    speakers: [
      { name: statement.speakerName, role: statement.speakerRole, organisation: statement.organisation },
      ...others.map(speakerInfo),
    ],
    kind: statement.kind as Citation['kind'],
    outlet: statement.outlet,
    title: statement.documentTitle,
    published: corpus.documents.get(statement.documentId)?.date ?? statement.date,
    said: statement.date,
    ...(url ? { url } : {}),
    words: statement.quote,
  };
}

/** A quote-check source's citation: the passage's exact words and who the document says spoke them. */
export function citeQuoteSource(corpus: Corpus, source: QuoteSourceView): Citation {
  const url = corpus.documents.get(source.documentId)?.url;
  const speakers = passageSpeakerIds(corpus, source.documentId, source.start, source.end).flatMap(
    (id) => corpus.speakers.get(id) ?? [],
  );
  return {
    speakers: speakers.map(speakerInfo),
    outlet: source.outlet,
    title: source.title,
    published: source.date,
    ...(url ? { url } : {}),
    words: source.passage,
  };
}

/** The parts of a speaker a citation names. */
export function speakerInfo(speaker: Speaker): SpeakerInfo {
  return { name: speaker.name, role: speaker.role, organisation: speaker.organisation };
}
