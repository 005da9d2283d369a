/**
 * Stage 1, the content script every page gets, built as one classic script.
 *
 * crxjs builds a content script as an ES module behind a loader: on every
 * page the browser runs the loader, which imports the module, which imports
 * its shared chunk; each is a fetch, a compile and a link. As one classic
 * script, stage 1 on an off-topic page cost about half the main-thread time
 * (measured side by side in Chromium: its own tasks 10.6 -> 6.2 ms on a
 * profile that had seen the page before). Stage 2 stays modules, loaded only
 * on pages about the story.
 *
 * So the manifest handed to crxjs has no content script. This plugin:
 * - emits the modules stage 1 loads lazily (src/content/stage2-modules.ts) as
 *   chunks of the main build, exports kept;
 * - builds src/content/stage1.ts as an IIFE, where stage2-modules.ts becomes
 *   imports of those chunks by their extension URL;
 * - puts the content script back into the manifest as that file, and makes
 *   the stage-2 chunks and everything they import web-accessible (a content
 *   script may import only those), where crxjs listed a module script's chunks.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk, PluginContext } from 'rollup';
import { IMPORTED_PACKS_FILE, IMPORTED_PACKS_SCRIPT } from '../../src/platform/imported-packs-flag.ts';
// The file the manifest names as the content script, which the background also injects into frames.
import { STAGE1_FILE } from '../../src/platform/page-answer.ts';
import { buildOneFile, ROOT } from './one-file.ts';

// Stage 1 as the manifest names it.
const STAGE1_SOURCE = 'src/content/stage1.ts';
const STAGE2_MODULES = resolve(ROOT, 'src/content/stage2-modules.ts');

/** What stage2-modules.ts exports, and the module each export imports (a test holds the two together). */
export const LAZY: Record<string, string> = {
  importScanner: 'src/content/scanner.ts',
  importRouter: 'src/content/router.ts',
  importQuoteOnDemand: 'src/content/quote-on-demand.tsx',
};

type ContentScript = { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean };
type Manifest = Record<string, unknown> & {
  content_scripts?: ContentScript[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
};

/** The manifest without its content scripts (for crxjs), and those content scripts. */
export function splitContentScripts<M extends Manifest>(manifest: M): [Omit<M, 'content_scripts'>, ContentScript[]] {
  const { content_scripts: scripts = [], ...rest } = manifest;
  return [rest, scripts];
}

/** The plugin; `scripts` are the manifest's content scripts, whose one file is stage 1. */
export function stage1Script(
  scripts: readonly ContentScript[],
  target: string[],
): Plugin & {
  renderCrxManifest(this: PluginContext, manifest: Manifest, bundle: OutputBundle): Promise<Manifest>;
} {
  // The manifest's one content script file is stage 1; anything else would not be built at all.
  const files = new Set(scripts.flatMap((script) => script.js));
  if (files.size !== 1 || !files.has(STAGE1_SOURCE))
    throw new Error(`manifest.json: the content scripts must be ${STAGE1_SOURCE} alone, not ${[...files].join(', ')}`);
  const refs = new Map<string, string>();
  return {
    name: 'counterpoint-stage1-script',
    apply: 'build',
    // After crxjs's web_accessible_resources step, which rewrites that list from its own
    // content scripts (there are none) and would drop the entry added here.
    enforce: 'post',
    buildStart() {
      for (const [name, module] of Object.entries(LAZY))
        refs.set(name, this.emitFile({ type: 'chunk', id: resolve(ROOT, module), preserveSignature: 'strict' }));
    },
    // crxjs calls this on every plugin while it writes the manifest, with the bundle made.
    async renderCrxManifest(manifest, bundle) {
      const chunks = Object.fromEntries([...refs].map(([name, ref]) => [name, this.getFileName(ref)]));
      this.emitFile({ type: 'asset', fileName: STAGE1_FILE, source: await buildStage1(chunks, target) });
      // Registered by the background while imported packs exist (src/platform/imported-packs-flag.ts).
      this.emitFile({ type: 'asset', fileName: IMPORTED_PACKS_FILE, source: IMPORTED_PACKS_SCRIPT });
      const matches = [...new Set(scripts.flatMap((script) => script.matches))];
      const resources = reachableChunks(bundle, Object.values(chunks));
      return {
        ...manifest,
        content_scripts: scripts.map((script) => ({ ...script, js: [STAGE1_FILE] })),
        web_accessible_resources: [...(manifest.web_accessible_resources ?? []), { resources, matches }],
      };
    },
  };
}

/** The IIFE of stage 1, its lazy modules imported from `files` (export name -> chunk file). */
export async function buildStage1(files: Record<string, string>, target: string[]): Promise<string> {
  const lazyModules: Plugin = {
    name: 'counterpoint-stage2-urls',
    load(id) {
      if (id !== STAGE2_MODULES) return null;
      const lines = Object.entries(files).map(
        ([name, file]) => `export const ${name} = () => import(chrome.runtime.getURL(${JSON.stringify(file)}));`,
      );
      return lines.join('\n');
    },
  };
  return buildOneFile(STAGE1_SOURCE, 'iife', target, [lazyModules]);
}

/** The chunks `entries` import, statically or not, transitively, with themselves. */
export function reachableChunks(bundle: OutputBundle, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName] as OutputChunk | undefined;
    if (seen.has(fileName) || chunk?.type !== 'chunk') return;
    seen.add(fileName);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
  };
  entries.forEach(visit);
  return [...seen].sort();
}
