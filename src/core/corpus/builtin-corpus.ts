/**
 * The corpus that ships with the extension: the Facebook–Kazakhstan pack,
 * validated like any other pack before use, once per context.
 */
import pack from '../../../corpus/kazakhstan-facebook-crs.json';
import { checkPatterns } from '../match/find-claims.ts';
import type { Corpus } from './corpus.ts';
import { CorpusRegistry } from './registry.ts';
import { formatProblem } from './validate-pack.ts';

let registry: CorpusRegistry | null = null;

/** A registry holding the built-in pack; more packs can be added to it. */
export function builtinRegistry(): CorpusRegistry {
  if (registry) return registry;
  const fresh = new CorpusRegistry([checkPatterns]);
  const result = fresh.add(pack);
  // The pack is tested before every release, so this only fires on a broken build.
  if (!result.ok) throw new Error(`built-in pack is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return (registry = fresh);
}

/** The built-in corpus. */
export function builtinCorpus(): Corpus {
  return builtinRegistry().corpus;
}
