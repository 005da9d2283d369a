import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { localizeSummaries } from './page-summary.ts';

describe('localizeSummaries', () => {
  const corpus = builtinCorpus();
  const found = {
    claims: [
      {
        id: 'exclusive-access',
        summary: 'English',
        status: 'disputed' as const,
        supports: 1,
        contradicts: 4,
        context: 0,
        occurrences: 2,
      },
      {
        id: 'no-such-claim',
        summary: 'Kept as it is',
        status: 'context' as const,
        supports: 0,
        contradicts: 0,
        context: 1,
        occurrences: 1,
      },
    ],
    quotes: [
      {
        text: 'direct and exclusive access',
        verdict: 'verbatim' as const,
        similarity: 1,
        sources: [{ documentId: 'kazinform-2021-11-01', outlet: 'Kazinform' }],
      },
    ],
  };

  it("gives the popup's lists in the reader's language, by id; unknown ids keep their text", () => {
    const kk = localizeSummaries(found, corpus, 'kk');
    expect(kk.claims[0]).toEqual({
      ...found.claims[0],
      summary: expect.stringMatching(/^Facebook Қазақстан үкіметіне/),
    });
    expect(kk.claims[1]).toEqual(found.claims[1]);
    const outlet = corpus.documents.get('kazinform-2021-11-01')!;
    expect(kk.quotes[0]!.sources[0]!.outlet).toBe(outlet.translations?.kk?.outlet ?? outlet.outlet);
    expect(kk.quotes[0]!.text).toBe('direct and exclusive access');
  });
});
