/**
 * Packs imported by earlier versions were kept in `storage.local`
 * (`importedPacks`, and their topics again under `importedTopics`), where a
 * large one left no room for the settings. The options page moves them to
 * IndexedDB when it opens, with the same checks as a new import (here, not in
 * the background: the checks need the built-in pack, which the service
 * worker, started for every page that asks about imported topics, should not
 * load); the file text stored for export is the pack as JSON (the original
 * file was not kept then). A pack the checks now refuse stays under
 * `importedPacks`, so nothing is lost, and the page lists its problems; the
 * duplicate topics are dropped.
 */
import { checkImport } from '../core/corpus/check-import.ts';
import { compilePack } from '../core/corpus/compiled-pack.ts';
import { checkPackLimits, utf8Bytes } from '../core/corpus/pack-limits.ts';
import type { PackProblem } from '../core/corpus/validate-pack.ts';
import { OFF_TOPIC_PAGES } from '../platform/off-topic-pages.ts';
import { publishIndex, readStoredPacks, withPackLock, writeStoredPack } from '../platform/pack-db.ts';

const PACKS = 'importedPacks';
const TOPICS = 'importedTopics';

/** A pack of an earlier version that the checks now refuse, with its title (or id) and its problems. */
export interface RefusedLegacyPack {
  name: string;
  problems: PackProblem[];
}

/** Moves packs from `storage.local` to IndexedDB, if any are there; returns those refused. */
export async function moveLegacyPacks(): Promise<RefusedLegacyPack[]> {
  const old = await chrome.storage.local.get([PACKS, TOPICS]);
  if (!(PACKS in old) && !(TOPICS in old)) return [];
  return withPackLock(async () => {
    const loaded = (await readStoredPacks()).map((stored) => stored.pack);
    const refused: unknown[] = [];
    const reports: RefusedLegacyPack[] = [];
    for (const json of Array.isArray(old[PACKS]) ? (old[PACKS] as unknown[]) : []) {
      const id = (json as { id?: unknown } | null)?.id;
      if (loaded.some((pack) => pack.id === id)) continue; // Moved by an earlier start that stopped half-way.
      const limits = checkPackLimits(json);
      const result = limits.problems.length > 0 ? limits : checkImport(json, loaded, OFF_TOPIC_PAGES);
      if (!('ok' in result) || !result.ok) {
        const { title } = (json ?? {}) as { title?: unknown };
        reports.push({ name: String(title ?? id), problems: result.problems });
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
    return reports;
  });
}
