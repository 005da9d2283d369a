import { describe, expect, it } from 'vitest';
import { parseReaderQuery, readerQuery } from './reader-query.ts';

describe('reader query', () => {
  it('round-trips every part of a request', () => {
    const request = { documentId: 'doc-a', statementId: 'st-1', claimId: 'claim-x', range: { start: 10, end: 42 } };
    expect(parseReaderQuery(`?${readerQuery(request)}`)).toEqual(request);
    expect(parseReaderQuery(readerQuery({ documentId: 'doc-a' }))).toEqual({ documentId: 'doc-a' });
  });

  it('leaves out a malformed or empty range', () => {
    expect(parseReaderQuery('doc=a&range=5-5')).toEqual({ documentId: 'a' });
    expect(parseReaderQuery('doc=a&range=9-3')).toEqual({ documentId: 'a' });
    expect(parseReaderQuery('doc=a&range=x-3')).toEqual({ documentId: 'a' });
  });
});
