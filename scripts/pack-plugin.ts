/**
 * The Vite plugin for the built-in pack: checks it when the build starts, and
 * compiles at build time everything a page would otherwise derive from it.
 *
 * - An invalid pack fails the build with every problem by JSON path, so the
 *   extension can use it without validating it on every page.
 * - `virtual:story-topic`: the pack's id and the words a page must hold to be
 *   about the story (topic-needles.ts): all the stage-1 script, which runs on
 *   every page, ships of the pack (a plain JSON import would pull the whole
 *   pack into it).
 * - `virtual:story-topic-detection`: the topic lexicon (group ids, weights and
 *   terms: no labels) and its compiled lookup tables, so nothing re-tokenises
 *   the lexicon; in the background, which detects the pages the needles let
 *   through.
 * - `virtual:story-topic-labels`: the topic groups' labels with their
 *   renderings, for the popup's words about a page; never in stage 1.
 * - `virtual:story-claims`: the claim patterns compiled into the matcher's
 *   automaton tables, so the scanner parses and expands no pattern.
 * - `virtual:story-locations`: where each statement's words sit in its source
 *   document, so no page searches the documents for them.
 * - `virtual:story-folds`: the source documents in the form quote checks
 *   compare with, so no page folds them again.
 *
 * Also used by vitest.config.ts, so tests import the very modules the build ships.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileClaimTables } from '../src/core/claims/claim-tables.ts';
import { checkPatterns } from '../src/core/claims/find-claims.ts';
import { statementLocations } from '../src/core/corpus/corpus.ts';
import { foldsToShip } from '../src/core/quotes/quote-fold.ts';
import type { Pack } from '../src/core/corpus/schema.ts';
import { formatProblem, validatePack } from '../src/core/corpus/validate-pack.ts';
import { topicNeedles } from '../src/core/topic/topic-needles.ts';
import { compileTopicTables } from '../src/core/topic/topic-tables.ts';

/** The built-in pack, relative to the project. */
export const BUILTIN_PACK_PATH = 'corpus/kazakhstan-facebook-crs.json';

const ROOT = resolve(import.meta.dirname, '..');

/** The source of each virtual module, by id, generated from a (valid) pack. */
export function packModules(pack: Pack): Record<string, string> {
  const lexicon = { ...pack.topic, groups: pack.topic.groups.map(({ id, weight, terms }) => ({ id, weight, terms })) };
  const story = { packId: pack.id, needles: topicNeedles(lexicon) };
  const detection = { topic: lexicon, tables: compileTopicTables(pack.topic) };
  const labels = {
    packId: pack.id,
    groups: pack.topic.groups.map(({ id, label, translations }) => ({ id, label, translations })),
  };
  return {
    'virtual:story-topic': `export default ${JSON.stringify(story)};`,
    'virtual:story-topic-detection': `export default JSON.parse(${JSON.stringify(JSON.stringify(detection))});`,
    'virtual:story-topic-labels': `export default ${JSON.stringify(labels)};`,
    'virtual:story-claims': `export default JSON.parse(${JSON.stringify(JSON.stringify(compileClaimTables(pack.claims)))});`,
    'virtual:story-locations': `export default JSON.parse(${JSON.stringify(JSON.stringify(statementLocations(pack)))});`,
    'virtual:story-folds': `export default JSON.parse(${JSON.stringify(JSON.stringify(foldsToShip(pack)))});`,
  };
}

/** The plugin: validates the pack at build start and serves the compiled modules. */
export function builtinPack(path = BUILTIN_PACK_PATH): Plugin {
  const file = resolve(ROOT, path);
  const read = (): unknown => JSON.parse(readFileSync(file, 'utf8'));
  return {
    name: 'counterpoint-builtin-pack',
    buildStart() {
      const result = validatePack(read(), [checkPatterns]);
      if (!result.ok) this.error(`${path} is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
    },
    resolveId: (source) => (source.startsWith('virtual:story-') ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith('\0virtual:story-')) return null;
      this.addWatchFile(file);
      return packModules(read() as Pack)[id.slice(1)] ?? null;
    },
  };
}
