/**
 * The corpus a page is checked against: the built-in pack plus any pack the
 * user imported on the options page. Imported packs are validated again here,
 * since storage outlives versions of the format; one that no longer passes is
 * left out rather than breaking the page.
 */
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import type { Corpus } from '../core/corpus/corpus.ts';
import { loadImportedPacks } from './pack-storage.ts';

let loading: Promise<Corpus> | null = null;

/** Loads the corpus once per page. */
export function loadCorpus(): Promise<Corpus> {
  return (loading ??= build());
}

async function build(): Promise<Corpus> {
  const imported = await loadImportedPacks().catch(() => []);
  if (imported.length === 0) return builtinCorpus();
  // Loaded only now: the registry validates with the pack schema (zod), which the built-in pack alone never needs.
  const { registryWithBuiltin } = await import('../core/corpus/builtin-registry.ts');
  const registry = registryWithBuiltin();
  for (const pack of imported) {
    const result = registry.add(pack);
    if (!result.ok) console.warn('Counterpoint: an imported pack no longer validates and is skipped', result.problems);
  }
  return registry.corpus;
}
