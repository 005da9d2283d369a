/**
 * The background, built as one ES module file.
 *
 * crxjs builds the service worker as a loader that imports the entry, which
 * imports the chunks it shares with the extension's pages: 23 files. Each is
 * fetched, compiled and linked when the worker starts, and it starts often:
 * after every 30 s idle, and, after an install, beside the reader's first
 * page, competing with it for the cores. As one file (with the JSON parsed
 * from strings and the polyfill as a module), the worker's first start took
 * ~35% less of its thread, traced from the browser's launch, and the first
 * page of a fresh profile cost a third to a half less over an empty content
 * script (`npm run bench`).
 *
 * So the manifest handed to crxjs has no background; this plugin builds the
 * entry and puts the background back into the manifest as that file, in the
 * shape the target browser takes (Chrome's service worker, Firefox's scripts).
 */
import type { Plugin } from 'vite';
import type { PluginContext } from 'rollup';
import type { Background } from './browser-manifest.ts';
import { buildOneFile } from './one-file.ts';

/** The file the manifest names as the background. */
export const BACKGROUND_FILE = 'background.js';

type Manifest = Record<string, unknown> & { background?: Background };

/**
 * The manifest without its background (for crxjs), and that background.
 * Exactly one script: a background naming both a service worker and scripts
 * (one manifest for both browsers) is refused, since browserManifest() gives
 * each browser its own and the file would be renamed in one of them only.
 */
export function splitBackground<M extends Manifest>(manifest: M): [Omit<M, 'background'>, Background] {
  const { background, ...rest } = manifest;
  const entries = [background?.service_worker, ...(background?.scripts ?? [])].filter(Boolean);
  if (!background || entries.length !== 1)
    throw new Error(`manifest.json: the background must be one script, not ${entries.length}`);
  return [rest, background];
}

/** The plugin; `background` is the manifest's, whose one script is the entry. */
export function backgroundScript(
  background: Background,
  target: string[],
): Plugin & { renderCrxManifest(this: PluginContext, manifest: Manifest): Promise<Manifest> } {
  const entry = background.service_worker ?? background.scripts![0]!;
  return {
    name: 'counterpoint-background-script',
    apply: 'build',
    // After crxjs's own background step, which would put its loader in front of the file.
    enforce: 'post',
    // crxjs calls this on every plugin while it writes the manifest.
    async renderCrxManifest(manifest) {
      this.emitFile({ type: 'asset', fileName: BACKGROUND_FILE, source: await buildOneFile(entry, 'es', target) });
      return { ...manifest, background: backgroundNamed(background, BACKGROUND_FILE) };
    },
  };
}

/** `background` with its one script replaced by `file`. */
export function backgroundNamed(background: Background, file: string): Background {
  return background.service_worker ? { ...background, service_worker: file } : { ...background, scripts: [file] };
}
