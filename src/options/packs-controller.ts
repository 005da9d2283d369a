/**
 * What the options page does with packs, apart from how it looks: import a
 * file (all or nothing: a refused pack changes nothing, in memory or in
 * storage), remove an imported pack, and list what is loaded.
 */
import { registryWithBuiltin } from '../core/corpus/builtin-corpus.ts';
import type { CorpusRegistry } from '../core/corpus/registry.ts';
import type { Pack } from '../core/corpus/schema.ts';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import type { ImportOutcome, PackRow } from '../ui/PacksView.tsx';

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

  /** Loads the stored packs; any that no longer validate are dropped from the list (and stay in storage). */
  async load(): Promise<void> {
    const registry = registryWithBuiltin();
    for (const json of await this.#store.load()) registry.add(json);
    this.#registry = registry;
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

  /** Validates and imports a pack file's text; on any problem nothing changes. */
  async import(fileName: string, text: string): Promise<ImportOutcome> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, fileName, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
    const result = this.#registry.add(json);
    if (!result.ok) return { ok: false, fileName, problems: result.problems };
    await this.#store.save(this.#imported());
    return { ok: true, title: result.pack.title };
  }

  /** Removes an imported pack. */
  async remove(packId: string): Promise<void> {
    const keep = this.#imported().filter((pack) => pack.id !== packId);
    await this.#store.save(keep);
    const registry = registryWithBuiltin();
    for (const pack of keep) registry.add(pack);
    this.#registry = registry;
  }

  #imported(): Pack[] {
    return this.#registry.packs.filter((pack) => pack !== BUILTIN_PACK);
  }
}
