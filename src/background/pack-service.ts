/**
 * The pack service: answers content scripts' questions about stories' topics
 * and imported packs.
 * - The built-in story's verdict (builtin-topic.ts), for a page whose sample
 *   passed the needles, or when the popup asks why a page is not about it.
 * - Imported packs live in the extension's IndexedDB (content scripts run in
 *   the page's origin and cannot open it). Stage 1 asks about them only when
 *   a pack exists (imported-packs-flag.ts) and the built-in story is not on
 *   the page. The topics' tables, compiled at import, are read from
 *   the database once and kept until the index changes, so the page itself
 *   pays only for one message.
 */
import { currentClaimTables, currentTopicTables } from '../core/corpus/compiled-pack.ts';
import { PackRequests } from '../core/pack-messages.ts';
import { parseMessage } from '../core/messages.ts';
import type { CompiledTopic } from '../core/topic/compile-topic.ts';
import { detectTopic, type PageSample, type TopicLexicon } from '../core/topic/detect-topic.ts';
import { loadTopicTables } from '../core/topic/topic-tables.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { readStoredPacks, readStoredPacksById, readStoredTopics } from '../platform/pack-db.ts';
import { onPackIndexChange } from '../platform/pack-index.ts';
import { detectBuiltin } from './builtin-topic.ts';
import { prepareBuiltinScan } from './scan-service.ts';

interface LoadedTopic {
  packId: string;
  topic: TopicLexicon;
  compiled: CompiledTopic;
}

let topics: Promise<LoadedTopic[]> | null = null;

function loadTopics(): Promise<LoadedTopic[]> {
  return (topics ??= readStoredTopics().then((stored) =>
    stored.map((record) => ({
      packId: record.id,
      topic: record.topic,
      compiled: loadTopicTables(currentTopicTables(record)),
    })),
  ));
}

/** The first imported story the page is about, with the verdict, or null. */
export async function matchImportedTopic(sample: PageSample) {
  for (const { packId, topic, compiled } of await loadTopics()) {
    const result = detectTopic(sample, topic, compiled);
    if (result.about) return { packId, result };
  }
  return null;
}

async function importedPacks(ids?: string[]) {
  const stored = ids ? await readStoredPacksById(ids) : await readStoredPacks();
  // Stale tables (made by another version) are recompiled here, once per request, not per page.
  return stored.map((record) => ({ ...record, claimTables: currentClaimTables(record) }));
}

/** Starts answering content scripts; call synchronously at start-up. */
export function listenForPackRequests(): void {
  onPackIndexChange(() => (topics = null));
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(PackRequests, message);
    if (!parsed) return undefined;
    switch (parsed.method) {
      case 'detectBuiltinTopic': {
        const result = detectBuiltin(parsed.payload);
        if (result.about) prepareBuiltinScan();
        return Promise.resolve(result);
      }
      case 'matchImportedTopic':
        return matchImportedTopic(parsed.payload);
      case 'importedPacks':
        return importedPacks(parsed.payload.ids);
    }
  });
}
