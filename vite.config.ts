import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { checkPatterns } from './src/core/claims/find-claims.ts';
import { formatProblem, validatePack } from './src/core/corpus/validate-pack.ts';

const PACK = 'corpus/kazakhstan-facebook-crs.json';

/**
 * The built-in pack, checked at build time: an invalid pack fails the build with
 * every problem by JSON path, so the extension can use it without validating it
 * on every page. Also serves `virtual:story-topic`: only the pack's topic
 * lexicon, as its own module. The stage-1 script runs on every page and needs
 * nothing else; a plain JSON import would pull the whole pack into its chunk.
 */
function builtinPack(): Plugin {
  const id = 'virtual:story-topic';
  return {
    name: 'counterpoint-builtin-pack',
    buildStart() {
      const result = validatePack(JSON.parse(readFileSync(PACK, 'utf8')), [checkPatterns]);
      if (!result.ok) this.error(`${PACK} is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loading) {
      if (loading !== `\0${id}`) return null;
      this.addWatchFile(PACK);
      const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { id: string; topic: unknown };
      return `export default ${JSON.stringify({ packId: pack.id, topic: pack.topic })};`;
    },
  };
}

export default defineConfig({
  plugins: [builtinPack(), crx({ manifest: manifest as never })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'chrome120',
    emptyOutDir: true,
    // Source maps stay out of the shipped extension; the code is not minified-away anyway.
    sourcemap: false,
    // Vite's preload helper would add <link rel="modulepreload"> tags to the page the content
    // script runs in, pointing at the page's own origin: harmful and useless there.
    modulePreload: false,
    rollupOptions: {
      // Extension pages that the manifest does not name: the reader opened from popovers.
      input: { reader: 'src/reader/index.html' },
      output: {
        // What stage 1 imports on every page goes into one chunk: each separate module
        // is one more fetch and compile in every page the reader opens.
        advancedChunks: {
          groups: [
            {
              name: 'stage1-shared',
              test: /src\/(content\/(page-sample|page-state|dom-tags|ui-marker)|platform\/(site-settings|pack-storage)|core\/topic\/)|story-topic/,
            },
          ],
        },
      },
    },
  },
});
