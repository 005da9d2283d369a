/**
 * A content script's side of the pack service (background/pack-service.ts):
 * the built-in story's full topic detection runs there, and content scripts
 * run in the page's origin and cannot open the extension's IndexedDB, so they
 * ask the background for imported topics and packs too. Bare
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

/** The built-in story's verdict on the sampled page; rejects when the background gave none. */
export async function detectBuiltinTopic(sample: PageSample): Promise<TopicResult> {
  const answer = (await ask('detectBuiltinTopic', sample)) as TopicResult | null | undefined;
  if (typeof answer?.about !== 'boolean' || typeof answer.score !== 'number' || !Array.isArray(answer.evidence))
    throw new Error('The background gave no verdict on the page');
  return answer;
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
