/**
 * The small index of imported packs kept in `storage.local`: their ids and
 * titles and a revision (the packs themselves are in the extension's
 * IndexedDB, which content scripts cannot open). Every options page, the
 * background and open story pages listen to it to learn that packs changed;
 * stage 1 learns whether any exists from imported-packs-flag.ts, without
 * reading it. Bare `chrome.storage`: content scripts must not pull in the
 * polyfill.
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
