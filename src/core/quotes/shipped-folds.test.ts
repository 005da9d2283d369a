import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../corpus/builtin-corpus.ts';
import { createCorpus } from '../corpus/corpus.ts';
import { foldForQuotes, foldedDocuments, foldsToShip } from './quote-fold.ts';
import { packFold, unpackFold, useShippedFolds } from './shipped-folds.ts';

describe('shipped folds', () => {
  it('unpack to exactly the fold they were made from', () => {
    const texts = [
      '',
      'plain words',
      '“Quoted” — and ‘dashed’ -- text, with ﬁ ligatures and   spaces',
      '«Мы не давали эксклюзивного доступа», — заявил Макконахи.\n\nҚазақстан Үкіметі',
      "don't 1,5 \u00ad soft\u200bhyphens",
      ...BUILTIN_PACK.documents.map((document) => document.text),
    ];
    for (const text of texts) expect(unpackFold(packFold(foldForQuotes(text)), text)).toEqual(foldForQuotes(text));
  });

  it('are what quote checks read for a pack that has them', () => {
    const pack = { ...BUILTIN_PACK };
    const folds = foldsToShip(pack);
    const [first] = pack.documents;
    // A shipped fold is taken as it is: this one was changed, so it shows whether it was read.
    useShippedFolds(pack, {
      ...folds,
      [first!.id]: { ...folds[first!.id]!, text: folds[first!.id]!.text.toUpperCase() },
    });
    const documents = foldedDocuments(createCorpus([pack]));
    expect(documents[0]!.folded.text).toBe(folds[first!.id]!.text.toUpperCase());
    expect(documents[1]!.folded).toEqual(foldForQuotes(pack.documents[1]!.text));
  });
});
