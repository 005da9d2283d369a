/**
 * What the options page does with packs, apart from how it looks: import a
 * file (all or nothing: a refused pack changes nothing, in memory or in
 * storage), export one as it was imported, remove one, and list what is
 * loaded. Everything a page would otherwise derive from a pack (validation,
 * the compiled claim patterns and topic) is done here, once, at import.
 */
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { compilePack, type CompiledPack, type PackSummary, type StoredPack } from '../core/corpus/compiled-pack.ts';
import { boundProblems, checkPackLimits, checkPackSize, utf8Bytes } from '../core/corpus/pack-limits.ts';
import type { OffTopicPage } from '../core/corpus/check-specificity.ts';
import { checkImport } from '../core/corpus/check-import.ts';
import type { ImportFailure, ImportResult, PackRow } from '../ui/PacksView.tsx';

/** Where imported packs are kept. Test seam: tests pass an in-memory store. */
export interface PackStore {
  /** Runs `work` with no other tab changing the packs meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  packs(): Promise<StoredPack[]>;
  add(compiled: CompiledPack): Promise<void>;
  remove(packId: string): Promise<void>;
  text(packId: string): Promise<string | undefined>;
}

const BUILTIN_ROW: PackRow = {
  id: BUILTIN_PACK.id,
  title: BUILTIN_PACK.title,
  description: BUILTIN_PACK.description,
  builtIn: true,
  documents: BUILTIN_PACK.documents.length,
  statements: BUILTIN_PACK.statements.length,
  claims: BUILTIN_PACK.claims.length,
};

/** The options page's state and operations over a pack store. */
export class PacksController {
  #stored: StoredPack[] = [];
  readonly #store: PackStore;
  readonly #offTopic: readonly OffTopicPage[];
  readonly #now: () => Date;

  constructor(store: PackStore, offTopic: readonly OffTopicPage[], now = () => new Date()) {
    this.#store = store;
    this.#offTopic = offTopic;
    this.#now = now; // Test seam.
  }

  /** Reads the stored packs again: at start, and when another tab changed them. */
  async load(): Promise<void> {
    this.#stored = await this.#store.packs();
  }

  /** The loaded packs, built-in first. */
  rows(): PackRow[] {
    return [BUILTIN_ROW, ...this.#stored.map(({ summary }) => toRow(summary))];
  }

  /**
   * Checks and imports a pack file's text: its size, its limits, the schema and
   * references, that its ids are new, that its topic is specific; then compiles
   * and stores it. Under the store's lock, so another tab's import is seen.
   */
  async import(fileName: string, text: string): Promise<ImportResult> {
    const size = checkPackSize(text);
    if (size.problems.length > 0) return { ok: false, fileName, ...size };
    let json: unknown;
    try {
      json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text); // The mark is kept for the export.
    } catch (error) {
      return refused(fileName, 'not-json', (error as Error).message);
    }
    const limits = checkPackLimits(json);
    if (limits.problems.length > 0) return { ok: false, fileName, ...limits };
    try {
      return await this.#store.exclusive(async () => {
        await this.load();
        const checked = checkImport(
          json,
          this.#stored.map((stored) => stored.pack),
          this.#offTopic,
        );
        if (!checked.ok) return { ok: false, fileName, ...boundProblems(checked.problems) };
        const compiled = compilePack(checked.pack, text, utf8Bytes(text), this.#now().toISOString());
        await this.#store.add(compiled);
        await this.load();
        return { ok: true, title: checked.pack.title };
      });
    } catch (error) {
      await this.load().catch(() => undefined); // Show what is really stored.
      return refused(fileName, 'not-saved', errorText(error));
    }
  }

  /** Removes an imported pack. */
  async remove(packId: string): Promise<void> {
    await this.#store.exclusive(async () => {
      await this.#store.remove(packId);
      await this.load();
    });
  }

  /** The file a pack was imported from, as it was, with a file name for saving it. */
  async exportFile(packId: string): Promise<{ name: string; text: string }> {
    const text = await this.#store.text(packId);
    // Removed in another tab since this one listed it.
    if (text === undefined) throw new DOMException(packId, 'NotFoundError');
    return { name: `${packId}.json`, text };
  }
}

function toRow(summary: PackSummary): PackRow {
  const { id, title, description, documents, statements, claims } = summary;
  return { id, title, description, builtIn: false, documents, statements, claims };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

function refused(fileName: string, reason: ImportFailure, message: string): ImportResult {
  return { ok: false, fileName, reason, problems: [{ path: '', message }], more: 0 };
}
