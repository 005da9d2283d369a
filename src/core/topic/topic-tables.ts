/**
 * A compiled topic as plain JSON and back: the build compiles the built-in
 * pack's topic lexicon (scripts/pack-plugin.ts) and stage 1 only turns the
 * arrays back into Maps, so no page re-tokenises the lexicon.
 */
import { compileTopic, type CompiledTerm, type CompiledTopic } from './compile-topic.ts';
import type { TopicLexicon } from './detect-topic.ts';

/** A CompiledTopic with its Maps as entry lists (JSON has no Map, nor Infinity). */
export interface TopicTables {
  groupCount: number;
  exact: [string, CompiledTerm[]][];
  prefixes: [string, CompiledTerm[]][];
  /** null when the topic has no prefix terms. */
  keyLength: number | null;
}

/** Compiles a topic into tables for shipping. */
export function compileTopicTables(topic: TopicLexicon): TopicTables {
  const compiled = compileTopic(topic);
  return {
    groupCount: compiled.groupCount,
    exact: [...compiled.exact],
    prefixes: [...compiled.prefixes],
    keyLength: Number.isFinite(compiled.keyLength) ? compiled.keyLength : null,
  };
}

/** The compiled topic the tables describe. */
export function loadTopicTables(tables: TopicTables): CompiledTopic {
  return {
    groupCount: tables.groupCount,
    exact: new Map(tables.exact),
    prefixes: new Map(tables.prefixes),
    keyLength: tables.keyLength ?? Infinity,
  };
}
