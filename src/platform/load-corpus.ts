/**
 * The corpus a page shows statements from (its popovers, the popup's lists
 * in Russian or Kazakh, the exports, a quote check on demand; the background
 * matches pages, see background/scan-service.ts). A page about the built-in
 * story uses the built-in pack alone, as shipped; a page about an imported
 * story gets that pack, validated and compiled at import, as stored (no page
 * re-validates a pack). Only a quote check on demand and the reader page load
 * every pack.
 *
 * Imported packs live in the extension's IndexedDB: extension pages read it
 * directly; content scripts, which run in the page's origin and cannot open
 * it, ask the background (background/pack-service.ts).
 */
import { BUILTIN_PACK, builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { withCompiledClaims, type StoredPack } from '../core/corpus/compiled-pack.ts';
import { createCorpus, type Corpus } from '../core/corpus/corpus.ts';
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

function isExtensionPage(): boolean {
  return typeof location !== 'undefined' && chrome.runtime.getURL('').startsWith(location.origin);
}

async function readImported(ids?: string[]): Promise<StoredPack[]> {
  if (!isExtensionPage()) return requestImportedPacks(ids);
  // Only extension pages load the IndexedDB module.
  const db = await import('./pack-db.ts');
  return ids ? db.readStoredPacksById(ids) : db.readStoredPacks();
}
