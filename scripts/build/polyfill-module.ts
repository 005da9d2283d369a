/**
 * webextension-polyfill as an ES module with a default export.
 *
 * The package ships a UMD script. Bundled as CommonJS, its default import goes
 * through the bundler's interop, which copies every property of the exported
 * object onto a namespace. Where the browser has a `browser` object of its own
 * (Chromium 150 does, Firefox always), the polyfill exports it as it is, and
 * that copy reads every API namespace the context has, making the browser
 * build each one's bindings. In the service worker's first start that was
 * ~3.5 ms of ~45 (sampled). With `module` and `exports` declared in the
 * module, the UMD wrapper takes its CommonJS branch, and the module exports
 * what it assigned.
 */
import type { Plugin } from 'vite';

const POLYFILL = /\/node_modules\/webextension-polyfill\/dist\/browser-polyfill(\.min)?\.js$/;

/** The plugin, for every build of shipped code. */
export function polyfillModule(): Plugin {
  return {
    name: 'counterpoint-polyfill-module',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
    },
  };
}
