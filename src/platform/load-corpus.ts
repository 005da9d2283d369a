/**
 * The corpus a page is checked against. A page about the built-in story uses
 * the built-in pack alone, as shipped: it never waits for imported packs. A
 * page about an imported story gets that pack, validated and compiled at
 * import, and uses it as stored (no page re-validates a pack). Only a quote
 * check on demand and the reader page load every pack.
 *
 * Imported packs live in the extension's IndexedDB: extension pages read it
 * directly; content scripts, which run in the page's origin and cannot open
 * it, ask the background (background/pack-service.ts).
 */
import { useCompiledClaims } from '../core/claims/find-claims.ts';
import { BUILTIN_PACK, builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { currentClaimTables, type StoredPack } from '../core/corpus/compiled-pack.ts';
import { createCorpus, type Corpus } from '../core/corpus/corpus.ts';
import type { Pack } from '../core/corpus/schema.ts';
import { requestImportedPacks } from './pack-client.ts';

let all: Promise<Corpus> | null = null;
const stories = new Map<string, Promise<Corpus>>();

/** The corpus of one story's pack (the built-in one for null), loaded once per page. */
export function loadStoryCorpus(packId: string | null): Promise<Corpus> {
  if (packId === null || packId === BUILTIN_PACK.id) return Promise.resolve(builtinCorpus());
  let story = stories.get(packId);
  if (!story) {
    story = importedPacks([packId]).then(createCorpus);
    stories.set(packId, story);
  }
  return story;
}

/** The built-in pack and every imported pack, loaded once per page. */
export function loadCorpus(): Promise<Corpus> {
  return (all ??= importedPacks().then((packs) =>
    packs.length > 0 ? createCorpus([BUILTIN_PACK, ...packs]) : builtinCorpus(),
  ));
}

async function importedPacks(ids?: string[]) {
  const stored = await readImported(ids).catch((error: unknown) => {
    console.warn('Counterpoint: the imported packs could not be read', error);
    return [];
  });
  return withCompiledClaims(stored);
}

/** The stored packs, their claim tables (compiled at import) handed to the matcher: no page compiles them. */
export function withCompiledClaims(stored: readonly StoredPack[]): Pack[] {
  for (const record of stored) useCompiledClaims(record.pack, currentClaimTables(record));
  return stored.map((record) => record.pack);
}

function isExtensionPage(): boolean {
  return typeof location !== 'undefined' && chrome.runtime.getURL('').startsWith(location.origin);
}

async function readImported(ids?: string[]): Promise<StoredPack[]> {
  if (!isExtensionPage()) return requestImportedPacks(ids);
  // Only extension pages load the IndexedDB module.
  const db = await import('./pack-db.ts');
  return ids ? db.readStoredPacksById(ids) : db.readStoredPacks();
}
