/**
 * What is stored for an imported pack, all computed once at import: the
 * validated pack with its claim patterns compiled into the matcher's tables,
 * its topic lexicon compiled into detection tables (kept apart, so topic
 * detection reads only those), and the file's own text, for a byte-identical
 * export. `compiledWith` says which version of the compilers made the tables:
 * a later Counterpoint whose tables differ recompiles them from the stored
 * (already validated) pack instead of trusting stale ones.
 */
import { compileClaimTables, type ClaimTables } from '../claims/claim-tables.ts';
import { useCompiledClaims } from '../claims/find-claims.ts';
import type { TopicLexicon } from '../topic/detect-topic.ts';
import { compileTopicTables, type TopicTables } from '../topic/topic-tables.ts';
import type { Pack } from './schema.ts';

/** The version of the compiled tables; bump it whenever compileClaimTables or compileTopicTables change their output. */
export const COMPILED_FORMAT = 1;

/** What the options page lists of a pack. */
export interface PackSummary {
  id: string;
  title: string;
  description: string;
  documents: number;
  statements: number;
  claims: number;
  /** Size of the imported file in bytes of UTF-8. */
  bytes: number;
  /** When it was imported, as an ISO date-time. */
  importedAt: string;
}

/** The validated pack and its compiled claim patterns. */
export interface StoredPack {
  id: string;
  compiledWith: number;
  summary: PackSummary;
  pack: Pack;
  claimTables: ClaimTables;
}

/** The pack's topic lexicon (no labels) and its compiled tables: all topic detection reads. */
export interface StoredTopic {
  id: string;
  compiledWith: number;
  topic: TopicLexicon;
  tables: TopicTables;
}

/** The file as imported, character for character. */
export interface StoredText {
  id: string;
  text: string;
}

/** Everything stored for one pack, written in one transaction. */
export interface CompiledPack {
  pack: StoredPack;
  topic: StoredTopic;
  text: StoredText;
}

/** The topic lexicon without labels or renderings. */
export function topicLexicon(pack: Pack): TopicLexicon {
  return { ...pack.topic, groups: pack.topic.groups.map(({ id, weight, terms }) => ({ id, weight, terms })) };
}

/** Compiles a validated pack for storage. */
export function compilePack(pack: Pack, text: string, bytes: number, importedAt: string): CompiledPack {
  const summary: PackSummary = {
    id: pack.id,
    title: pack.title,
    description: pack.description,
    documents: pack.documents.length,
    statements: pack.statements.length,
    claims: pack.claims.length,
    bytes,
    importedAt,
  };
  return {
    pack: { id: pack.id, compiledWith: COMPILED_FORMAT, summary, pack, claimTables: compileClaimTables(pack.claims) },
    topic: {
      id: pack.id,
      compiledWith: COMPILED_FORMAT,
      topic: topicLexicon(pack),
      tables: compileTopicTables(pack.topic),
    },
    text: { id: pack.id, text },
  };
}

/** The claim tables of a stored pack, recompiled when they were made by another version. */
export function currentClaimTables(stored: StoredPack): ClaimTables {
  return stored.compiledWith === COMPILED_FORMAT ? stored.claimTables : compileClaimTables(stored.pack.claims);
}

/** The stored packs, each with its claim tables (compiled at import) handed to the matcher: no reader compiles them. */
export function withCompiledClaims(stored: readonly StoredPack[]): Pack[] {
  for (const record of stored) useCompiledClaims(record.pack, currentClaimTables(record));
  return stored.map((record) => record.pack);
}

/** The topic tables of a stored topic, recompiled when they were made by another version. */
export function currentTopicTables(stored: StoredTopic): TopicTables {
  return stored.compiledWith === COMPILED_FORMAT ? stored.tables : compileTopicTables(stored.topic);
}
