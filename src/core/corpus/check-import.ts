/**
 * Everything an imported pack must pass beyond its limits, in one call: the
 * schema, references, quotes and patterns (validate-pack.ts), no id clash
 * with the packs already loaded (the built-in one included), and a specific
 * topic (check-specificity.ts). Shared by the options page and the
 * background's move of packs stored by earlier versions.
 */
import { checkPatterns } from '../claims/find-claims.ts';
import { compileTopic } from '../topic/compile-topic.ts';
import { BUILTIN_PACK } from './builtin-corpus.ts';
import { checkSpecificity, type OffTopicPage } from './check-specificity.ts';
import { CorpusRegistry } from './registry.ts';
import type { Pack } from './schema.ts';
import type { PackValidation } from './validate-pack.ts';

/** Checks a parsed pack against the built-in pack, the `loaded` imported ones and the `offTopic` pages. */
export function checkImport(json: unknown, loaded: readonly Pack[], offTopic: readonly OffTopicPage[]): PackValidation {
  const registry = new CorpusRegistry([checkPatterns], [BUILTIN_PACK, ...loaded]);
  const result = registry.add(json);
  if (!result.ok) return result;
  const problems = checkSpecificity(result.pack.topic, compileTopic(result.pack.topic), offTopic);
  return problems.length > 0 ? { ok: false, problems } : result;
}
