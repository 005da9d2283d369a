/**
 * What the options page does with packs, apart from how it looks: import a
 * file (all or nothing: a refused pack changes nothing, in memory or in
 * storage), remove an imported pack, and list what is loaded.
 */
import { registryWithBuiltin } from '../core/corpus/builtin-registry.ts';
import type { CorpusRegistry } from '../core/corpus/registry.ts';
import type { Pack } from '../core/corpus/schema.ts';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import type { ImportFailure, ImportOutcome, PackRow } from '../ui/PacksView.tsx';

/** Where imported packs are kept. Test seam: tests pass an in-memory store. */
export interface PackStore {
  load(): Promise<unknown[]>;
  save(packs: readonly Pack[]): Promise<void>;
}

/** The options page's state and operations over a pack store. */
export class PacksController {
  #registry: CorpusRegistry = registryWithBuiltin();
  readonly #store: PackStore;

  constructor(store: PackStore) {
    this.#store = store;
  }

  /** Loads the stored packs; any that no longer validate are left out, and dropped from storage at the next save. */
  async load(): Promise<void> {
    this.#registry = withPacks(await this.#store.load());
  }

  /** The loaded packs, built-in first. */
  rows(): PackRow[] {
    return this.#registry.packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      description: pack.description,
      builtIn: pack === BUILTIN_PACK,
      documents: pack.documents.length,
      statements: pack.statements.length,
      claims: pack.claims.length,
    }));
  }

  /**
   * Validates and imports a pack file's text. All or nothing: the pack is
   * checked in a copy of the registry, saved, and only then shown; on any
   * problem, including a failed save, nothing changes.
   */
  async import(fileName: string, text: string): Promise<ImportOutcome> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return refused(fileName, 'not-json', (error as Error).message);
    }
    const next = withPacks(this.#imported());
    const result = next.add(json);
    if (!result.ok) return { ok: false, fileName, problems: result.problems };
    try {
      await this.#store.save(importedOf(next));
    } catch (error) {
      return refused(fileName, 'not-saved', (error as Error).message);
    }
    this.#registry = next;
    return { ok: true, title: result.pack.title };
  }

  /** Removes an imported pack. */
  async remove(packId: string): Promise<void> {
    const keep = this.#imported().filter((pack) => pack.id !== packId);
    await this.#store.save(keep);
    this.#registry = withPacks(keep);
  }

  #imported(): Pack[] {
    return importedOf(this.#registry);
  }
}

/** A registry with the built-in pack and these packs, leaving out any that do not validate. */
function withPacks(packs: readonly unknown[]): CorpusRegistry {
  const registry = registryWithBuiltin();
  for (const pack of packs) registry.add(pack);
  return registry;
}

function importedOf(registry: CorpusRegistry): Pack[] {
  return registry.packs.filter((pack) => pack !== BUILTIN_PACK);
}

function refused(fileName: string, reason: ImportFailure, message: string): ImportOutcome {
  return { ok: false, fileName, reason, problems: [{ path: '', message }] };
}
