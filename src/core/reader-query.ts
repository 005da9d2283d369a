/**
 * The reader page's address: which document, and what to highlight in it.
 * Written by the background, read by the reader page, so both sides share it.
 */
import type { z } from './zod-setup.ts';
import type { ContentToBackground } from './messages.ts';

/** What to show in the reader: the `openSource` payload. */
export type SourceRequest = z.infer<(typeof ContentToBackground)['openSource']>;

/** The reader page's query string for a request. */
export function readerQuery(source: SourceRequest): string {
  const query = new URLSearchParams({ doc: source.documentId });
  if (source.statementId) query.set('statement', source.statementId);
  if (source.claimId) query.set('claim', source.claimId);
  if (source.range) query.set('range', `${source.range.start}-${source.range.end}`);
  return query.toString();
}

/** Reads a reader query string back; malformed parts are left out. */
export function parseReaderQuery(search: string): SourceRequest {
  const query = new URLSearchParams(search);
  const range = /^(\d+)-(\d+)$/.exec(query.get('range') ?? '');
  const start = Number(range?.[1]);
  const end = Number(range?.[2]);
  return {
    documentId: query.get('doc') ?? '',
    ...(query.get('statement') ? { statementId: query.get('statement')! } : {}),
    ...(query.get('claim') ? { claimId: query.get('claim')! } : {}),
    ...(range && start < end ? { range: { start, end } } : {}),
  };
}
