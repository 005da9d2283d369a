/**
 * A registry that starts with the built-in pack: for importing packs (the
 * options page, the CLI's --pack, a page when packs were imported). Its own
 * module because it brings the pack schema (zod) along, which a page with
 * only the built-in pack never needs.
 */
import { checkPatterns } from '../claims/find-claims.ts';
import { BUILTIN_PACK } from './builtin-corpus.ts';
import { CorpusRegistry } from './registry.ts';

/** A fresh registry holding the built-in pack as shipped (validated at build time); packs added to it are validated. */
export function registryWithBuiltin(): CorpusRegistry {
  return new CorpusRegistry([checkPatterns], [BUILTIN_PACK]);
}
