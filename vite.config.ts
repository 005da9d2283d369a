import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { browserManifest, OUT_DIR, targetBrowser } from './scripts/build/browser-manifest.ts';
import { backgroundScript, splitBackground } from './scripts/build/background-script.ts';
import { JSON_AS_STRINGS, shippedCodePlugins } from './scripts/build/one-file.ts';
import { splitContentScripts, stage1Script } from './scripts/build/stage1-script.ts';

// Chrome into dist/ by default; TARGET_BROWSER=firefox builds for Firefox into dist-firefox/.
const browser = targetBrowser(process.env.TARGET_BROWSER);
const TARGET = ['chrome120', 'firefox142'];
// Stage 1 and the background are each built as one file by their own plugins, not by crxjs
// (scripts/build/stage1-script.ts, background-script.ts).
const [withoutScripts, contentScripts] = splitContentScripts(browserManifest(manifest, pkg.version, browser));
const [crxManifest, background] = splitBackground(withoutScripts);

/** V8's magic comment: every function of the file is called on load. */
const COMPILE_ALL_FUNCTIONS = '//# allFunctionsCalledOnLoad';

export default defineConfig({
  plugins: [
    ...shippedCodePlugins(),
    crx({ manifest: crxManifest as never, browser }),
    stage1Script(contentScripts, TARGET),
    backgroundScript(background, TARGET),
  ],
  json: JSON_AS_STRINGS,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: OUT_DIR[browser],
    target: TARGET,
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
        // Stage 2 runs nearly every function it has on a story page: V8 compiles it whole, off the
        // main thread, instead of pre-parsing it and compiling each function on the page's thread
        // at its first call (Chrome's explicit compile hints; other browsers ignore the comment).
        // A fresh profile's 10 KB story page: our tasks 57 -> 51 and 66 -> 57 ms in two runs of
        // 10 loads. Not stage 1: on an off-topic page it runs few of its functions, and was slower so.
        // After minification (postBanner), which would strip the comment.
        postBanner: (chunk) => (chunk.facadeModuleId?.endsWith('/src/content/scanner.ts') ? COMPILE_ALL_FUNCTIONS : ''),
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
            // The small modules stage 2 shares with the popover, the router or the extension's
            // pages, in one chunk: each was a file of its own, and every file a story page imports
            // is a request whose response its main thread handles (a returning reader's 10 KB
            // article: our tasks 28 -> 25 ms, highlights done 65 -> 52 ms after load, 11 loads each).
            // What the popup's and options page's choice of emphasis shares with them (how marks
            // look, how ranges travel) is a chunk of its own, listed first so that content-shared
            // does not take it in as a dependency: those pages load no page code. A story page
            // fetches three files before its first click (tests/e2e/popover.spec.ts).
            { name: 'view-shared', test: /src\/core\/view\/(emphasis|packed-ranges)\.ts$/ },
            {
              name: 'content-shared',
              test: /src\/(content\/(ui-marker|our-marks|page-state|background-port)|platform\/emphasis-settings|ui\/highlight-css)\.ts$|vite\/preload-helper/,
            },
          ],
        },
      },
    },
  },
});
