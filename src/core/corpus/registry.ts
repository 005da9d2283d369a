/**
 * Holds the packs loaded so far. Adding a pack is all or nothing: a pack with
 * any problem, or whose ids clash with a loaded pack, is rejected with every
 * problem listed, and the packs already loaded stay exactly as they were.
 */
import type { Pack } from './schema.ts';
import { createCorpus, type Corpus } from './corpus.ts';
import { validatePack, type PackCheck, type PackValidation } from './validate-pack.ts';

/** A growing set of valid packs and the corpus built from them. */
export class CorpusRegistry {
  #packs: readonly Pack[] = [];
  #corpus: Corpus = createCorpus([]);
  readonly #extraChecks: readonly PackCheck[];

  /**
   * `extraChecks` run on every added pack after the built-in ones (e.g. that
   * patterns compile). `validated` packs were checked elsewhere (the built-in
   * pack, at build time) and are loaded as they are.
   */
  constructor(extraChecks: readonly PackCheck[] = [], validated: readonly Pack[] = []) {
    this.#extraChecks = extraChecks;
    this.#packs = validated;
    this.#corpus = createCorpus(validated);
  }

  /** The loaded packs, in the order they were added. */
  get packs(): readonly Pack[] {
    return this.#packs;
  }

  /** The corpus over every loaded pack. */
  get corpus(): Corpus {
    return this.#corpus;
  }

  /** Validates and adds a pack; on any problem nothing changes. */
  add(json: unknown): PackValidation {
    const result = validatePack(json, this.#extraChecks);
    if (!result.ok) return result;
    const clashes = this.#clashes(result.pack);
    if (clashes.length > 0) return { ok: false, problems: clashes };
    this.#packs = [...this.#packs, result.pack];
    this.#corpus = createCorpus(this.#packs);
    return result;
  }

  #clashes(pack: Pack) {
    const problems: { path: string; message: string }[] = [];
    if (this.#packs.some((loaded) => loaded.id === pack.id)) {
      problems.push({ path: 'id', message: `a pack with id "${pack.id}" is already loaded` });
    }
    const loaded = this.#corpus;
    const sections = [
      ['documents', pack.documents, loaded.documents],
      ['speakers', pack.speakers, loaded.speakers],
      ['statements', pack.statements, loaded.statements],
      ['claims', pack.claims, loaded.claims],
    ] as const;
    for (const [name, items, existing] of sections) {
      items.forEach((item, i) => {
        if (existing.has(item.id))
          problems.push({ path: `${name}[${i}].id`, message: `id "${item.id}" is already loaded` });
      });
    }
    return problems;
  }
}
