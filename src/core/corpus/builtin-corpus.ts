/**
 * The corpus that ships with the extension: the Facebook–Kazakhstan pack.
 * Pages use it as shipped: the build refuses an invalid pack (vite.config.ts)
 * and the pack tests check it, so no page pays to validate it again. Packs
 * added to a registry with it (builtin-registry.ts: imported, or --pack in the
 * CLI) are validated.
 */
import pack from '../../../corpus/kazakhstan-facebook-crs.json';
import { createCorpus, type Corpus } from './corpus.ts';
import type { Pack } from './schema.ts';

/** The built-in pack as shipped (a test proves it needs no defaults filled in by the schema). */
export const BUILTIN_PACK = pack as unknown as Pack;

let corpus: Corpus | null = null;

/** The built-in corpus, built once per context. */
export function builtinCorpus(): Corpus {
  return (corpus ??= createCorpus([BUILTIN_PACK]));
}
