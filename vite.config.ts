import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

const PACK = 'corpus/kazakhstan-facebook-crs.json';

/**
 * `virtual:story-topic`: only the built-in pack's topic lexicon, as its own
 * module. The stage-1 script runs on every page and needs nothing else; a plain
 * JSON import would pull the whole pack (source texts included) into its chunk.
 */
function storyTopic(): Plugin {
  const id = 'virtual:story-topic';
  return {
    name: 'counterpoint-story-topic',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loading) {
      if (loading !== `\0${id}`) return null;
      this.addWatchFile(PACK);
      const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { topic: unknown };
      return `export default ${JSON.stringify(pack.topic)};`;
    },
  };
}

export default defineConfig({
  plugins: [storyTopic(), crx({ manifest: manifest as never })],
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
    },
  },
});
