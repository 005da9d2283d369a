/**
 * The small index of imported packs kept in `storage.local`: their ids and
 * titles and a revision. Stage 1 reads it on every page to learn whether any
 * imported topic exists at all (the packs themselves are in the extension's
 * IndexedDB, which content scripts cannot open), and every options page, the
 * background and open pages listen to it to learn that packs changed. Bare
 * `chrome.storage`: stage 1 must not pull in the polyfill.
 */

const KEY = 'packIndex';

/** The index: one entry per imported pack, and a revision that changes with every write. */
export interface PackIndex {
  revision: number;
  packs: { id: string; title: string }[];
}

function asIndex(value: unknown): PackIndex {
  const index = value as Partial<PackIndex> | undefined;
  return {
    revision: typeof index?.revision === 'number' ? index.revision : 0,
    packs: Array.isArray(index?.packs) ? index.packs : [],
  };
}

/** The stored index; empty when no pack was ever imported. */
export async function readPackIndex(): Promise<PackIndex> {
  return asIndex((await chrome.storage.local.get(KEY))[KEY]);
}

/** Writes the index (a few bytes per pack: it never grows with a pack's size). */
export async function writePackIndex(packs: PackIndex['packs']): Promise<void> {
  await chrome.storage.local.set({ [KEY]: { revision: Date.now(), packs } satisfies PackIndex });
}

/** Calls `listener` with the new index whenever packs are imported or removed, in any tab; returns the unsubscribe function. */
export function onPackIndexChange(listener: (index: PackIndex) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(asIndex(changes[KEY].newValue));
  };
  chrome.storage.onChanged.addListener(handle);
  return () => chrome.storage.onChanged.removeListener(handle);
}
