/**
 * Who a source passage's words belong to, according to the corpus: the
 * speakers of the statements whose quoted text overlaps the passage. This is
 * what catches a quote that is verbatim in a source but given to the wrong
 * person on the page.
 */
import { locateStatement, type Corpus } from '../corpus/corpus.ts';
import type { Speaker } from '../corpus/schema.ts';

/** A statement's range in its document and who made it. */
interface StatementRange {
  start: number;
  end: number;
  speakerId: string;
}

/** Overlaps shorter than this many words are edges touching (a shared comma or name), not shared words. */
const MIN_OVERLAP_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;
const cache = new WeakMap<Corpus, Map<string, StatementRange[]>>();

/** Every statement's range, by document, in document order; resolved once per corpus. */
function statementRanges(corpus: Corpus): Map<string, StatementRange[]> {
  let byDocument = cache.get(corpus);
  if (byDocument) return byDocument;
  byDocument = new Map();
  for (const statement of corpus.statements.values()) {
    const range = locateStatement(corpus, statement);
    if (!range) continue;
    const ranges = byDocument.get(statement.document) ?? [];
    // Words the source gives to two sides ("the ministry and Facebook said") belong to both.
    for (const speakerId of [statement.speaker, ...(statement.alsoAttributedTo ?? [])]) {
      ranges.push({ ...range, speakerId });
    }
    byDocument.set(statement.document, ranges);
  }
  for (const ranges of byDocument.values()) ranges.sort((a, b) => a.start - b.start);
  cache.set(corpus, byDocument);
  return byDocument;
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The ids of the speakers whose statements share words with
 * `document.text[start, end)`, in document order, each once. A passage of
 * fewer than three words needs all of its words inside the statement.
 */
export function passageSpeakerIds(corpus: Corpus, documentId: string, start: number, end: number): string[] {
  const text = corpus.documents.get(documentId)?.text;
  if (text === undefined) return [];
  const needed = Math.min(MIN_OVERLAP_WORDS, Math.max(1, countWords(text.slice(start, end))));
  const ids = new Set<string>();
  for (const range of statementRanges(corpus).get(documentId) ?? []) {
    const from = Math.max(start, range.start);
    const to = Math.min(end, range.end);
    if (from < to && countWords(text.slice(from, to)) >= needed) ids.add(range.speakerId);
  }
  return [...ids];
}

/** Whether `organisation` is the organisation `person` speaks for (by its name or an alias), as a spokesman speaks for Meta. */
export function speaksFor(person: Speaker, organisation: Speaker): boolean {
  const name = person.organisation.trim().toLowerCase();
  return [organisation.name, ...organisation.aliases].some((alias) => alias.trim().toLowerCase() === name);
}
