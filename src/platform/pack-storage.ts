/**
 * Story packs the user imported, kept in extension storage: the packs
 * themselves, and their topic lexicons apart so that the stage-1 script can
 * read only those. Bare `chrome.storage`, like site-settings.ts, because the
 * stage-1 script must not pull in the polyfill.
 */
import type { Pack, Topic } from '../core/corpus/schema.ts';

const PACKS = 'importedPacks';
const TOPICS = 'importedTopics';

async function readList(key: string): Promise<unknown[]> {
  const stored = await chrome.storage.local.get(key);
  const value: unknown = stored[key];
  return Array.isArray(value) ? value : [];
}

/** The imported packs as stored (validated when imported; validate again before use). */
export function loadImportedPacks(): Promise<unknown[]> {
  return readList(PACKS);
}

/** An imported pack's topic lexicon, with the pack it belongs to. */
export interface StoredTopic {
  packId: string;
  topic: Topic;
}

/** The imported packs' topic lexicons, for the stage-1 script (stored by us after validation; check before use). */
export function loadImportedTopics(): Promise<unknown[]> {
  return readList(TOPICS);
}

/** Replaces the imported packs (already validated) and their topics in one write. */
export async function saveImportedPacks(packs: readonly Pack[]): Promise<void> {
  const topics: StoredTopic[] = packs.map((pack) => ({ packId: pack.id, topic: pack.topic }));
  await chrome.storage.local.set({ [PACKS]: packs, [TOPICS]: topics });
}
