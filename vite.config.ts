import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { browserManifest, OUT_DIR, targetBrowser } from './scripts/build/browser-manifest.ts';
import { builtinPack } from './scripts/pack-plugin.ts';

/**
 * The _locales catalogues, imported by the UI chunks as data: only the
 * messages and placeholders, without the translators' descriptions, which the
 * browser reads from the files themselves.
 */
function catalogues(): Plugin {
  return {
    name: 'counterpoint-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/_locales\/[\w-]+\/messages\.json$/.test(id)) return null;
      const entries = Object.entries(JSON.parse(code) as Record<string, { description?: string }>);
      return JSON.stringify(Object.fromEntries(entries.map(([key, { description: _, ...entry }]) => [key, entry])));
    },
  };
}

// Chrome into dist/ by default; TARGET_BROWSER=firefox builds for Firefox into dist-firefox/.
const browser = targetBrowser(process.env.TARGET_BROWSER);

export default defineConfig({
  plugins: [
    builtinPack(),
    catalogues(),
    crx({ manifest: browserManifest(manifest, pkg.version, browser) as never, browser }),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: OUT_DIR[browser],
    target: ['chrome120', 'firefox142'],
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
        // is one more fetch and compile in every page the reader opens. The topic's
        // labels (virtual:story-topic-labels) are the popup's alone and stay out.
        advancedChunks: {
          groups: [
            // English, the interface's reference words, shared by every UI context, in a chunk
            // of its own (Russian and Kazakh are loaded on demand, a chunk each); and Preact
            // in its own, under the name the Firefox lint exception gives it
            // (scripts/package/lint-firefox.ts), whatever else comes to share it.
            { name: 'catalogue-en', test: /_locales\/en\/messages\.json/ },
            { name: 'catalogue-ru', test: /_locales\/ru\/messages\.json/ },
            { name: 'catalogue-kk', test: /_locales\/kk\/messages\.json/ },
            { name: 'jsxRuntime', test: /node_modules\/preact\// },
            {
              name: 'stage1-shared',
              test: /src\/(content\/(page-sample|page-state|dom-tags|ui-marker)|platform\/(site-settings|pack-index|pack-client)|core\/topic\/)|virtual:story-topic$/,
            },
          ],
        },
      },
    },
  },
});
