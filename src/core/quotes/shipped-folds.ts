/**
 * Source documents in comparison form (quote-fold.ts) as the build ships them
 * for the built-in pack, so no story page folds the sources again: the folded
 * text, and its map back to the original offsets written as runs of equal
 * steps (nearly every step is 1, so a document's map is a few dozen numbers).
 */
import type { Pack } from '../corpus/schema.ts';
import type { NormalizedText } from '../text/normalize.ts';

/** One document's folded text and its offset map as [step, count] runs, flattened. */
export interface ShippedFold {
  text: string;
  steps: number[];
}

const shipped = new WeakMap<Pack, ReadonlyMap<string, ShippedFold>>();

/** The shipped form of a folded text (for the build). */
export function packFold(folded: NormalizedText): ShippedFold {
  const steps: number[] = [];
  let previous = 0;
  for (const offset of folded.toOriginal) {
    const step = offset - previous;
    previous = offset;
    if (steps.length > 0 && steps[steps.length - 2] === step) steps[steps.length - 1]! += 1;
    else steps.push(step, 1);
  }
  return { text: folded.text, steps };
}

/** The folded text of `source` back from its shipped form. */
export function unpackFold(fold: ShippedFold, source: string): NormalizedText {
  const toOriginal = new Uint32Array(fold.text.length + 1);
  let at = 0;
  let offset = 0;
  for (let run = 0; run < fold.steps.length; run += 2) {
    const [step, count] = [fold.steps[run]!, fold.steps[run + 1]!];
    for (let i = 0; i < count; i += 1) toOriginal[at++] = offset += step;
  }
  return { text: fold.text, source, toOriginal };
}

/** Hands over the folds the build made for `pack`'s documents, by document id. */
export function useShippedFolds(pack: Pack, folds: Readonly<Record<string, ShippedFold>>): void {
  shipped.set(pack, new Map(Object.entries(folds)));
}

/** The shipped fold of a document of one of `packs`, if the build made one. */
export function shippedFold(packs: readonly Pack[], documentId: string): ShippedFold | undefined {
  for (const pack of packs) {
    const fold = shipped.get(pack)?.get(documentId);
    if (fold) return fold;
  }
  return undefined;
}
