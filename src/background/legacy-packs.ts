/**
 * Packs imported by earlier versions were kept in `storage.local`
 * (`importedPacks`, and their topics again under `importedTopics`), where a
 * large one left no room for the settings. At start-up the background moves
 * them to IndexedDB with the same checks as a new import; the file text
 * stored for export is the pack as JSON (the original file was not kept).
 * A pack the checks now refuse stays under `importedPacks`, so nothing is
 * lost; the duplicate topics are dropped.
 */
import { checkImport } from '../core/corpus/check-import.ts';
import { compilePack } from '../core/corpus/compiled-pack.ts';
import { checkPackLimits, utf8Bytes } from '../core/corpus/pack-limits.ts';
import { OFF_TOPIC_PAGES } from '../platform/off-topic-pages.ts';
import { publishIndex, readStoredPacks, withPackLock, writeStoredPack } from '../platform/pack-db.ts';

const PACKS = 'importedPacks';
const TOPICS = 'importedTopics';

/** Moves packs from `storage.local` to IndexedDB, if any are there. */
export async function moveLegacyPacks(): Promise<void> {
  const old = await chrome.storage.local.get([PACKS, TOPICS]);
  if (!(PACKS in old) && !(TOPICS in old)) return;
  await withPackLock(async () => {
    const loaded = (await readStoredPacks()).map((stored) => stored.pack);
    const refused: unknown[] = [];
    for (const json of Array.isArray(old[PACKS]) ? (old[PACKS] as unknown[]) : []) {
      const id = (json as { id?: unknown } | null)?.id;
      if (loaded.some((pack) => pack.id === id)) continue; // Moved by an earlier start that stopped half-way.
      const result = checkPackLimits(json).problems.length > 0 ? null : checkImport(json, loaded, OFF_TOPIC_PAGES);
      if (!result?.ok) {
        console.warn('Counterpoint: a pack kept by an earlier version no longer passes the checks', result?.problems);
        refused.push(json);
        continue;
      }
      const text = JSON.stringify(json, null, 2);
      await writeStoredPack(compilePack(result.pack, text, utf8Bytes(text), new Date().toISOString()), false);
      loaded.push(result.pack);
    }
    // Space is freed before the index is written, in case the old packs had filled the quota.
    await chrome.storage.local.remove(TOPICS);
    if (refused.length > 0) await chrome.storage.local.set({ [PACKS]: refused });
    else await chrome.storage.local.remove(PACKS);
    await publishIndex();
  });
}
