/**
 * A content script's side of the pack service (background/pack-service.ts):
 * content scripts run in the page's origin and cannot open the extension's
 * IndexedDB, so they ask the background for imported topics and packs. Bare
 * `chrome.runtime`, without zod or the polyfill: stage 1 imports this on every
 * page. The answers come from our own background, which validated each pack
 * at import; only their outline is checked here.
 */
import type { StoredPack } from '../core/corpus/compiled-pack.ts';
import type { PageSample, TopicResult } from '../core/topic/detect-topic.ts';
import type { PackRequestMethod } from '../core/pack-messages.ts';

/** An imported story a page is about. */
export interface ImportedStory {
  packId: string;
  result: TopicResult;
}

function ask(method: PackRequestMethod, payload: unknown): Promise<unknown> {
  return chrome.runtime.sendMessage({ method, payload });
}

/** The first imported story the sampled page is about, or null. */
export async function matchImportedTopic(sample: PageSample): Promise<ImportedStory | null> {
  const answer = (await ask('matchImportedTopic', sample)) as ImportedStory | null | undefined;
  return answer && typeof answer.packId === 'string' && answer.result?.about === true ? answer : null;
}

/** Imported packs as stored (all of them, or those with these ids). */
export async function requestImportedPacks(ids?: string[]): Promise<StoredPack[]> {
  const answer = await ask('importedPacks', ids ? { ids } : {});
  return Array.isArray(answer) ? (answer as StoredPack[]) : [];
}
