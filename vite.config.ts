import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { browserManifest, OUT_DIR, targetBrowser } from './scripts/build/browser-manifest.ts';
import { builtinPack } from './scripts/pack-plugin.ts';

// Chrome into dist/ by default; TARGET_BROWSER=firefox builds for Firefox into dist-firefox/.
const browser = targetBrowser(process.env.TARGET_BROWSER);

export default defineConfig({
  plugins: [builtinPack(), crx({ manifest: browserManifest(manifest, pkg.version, browser) as never, browser })],
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
