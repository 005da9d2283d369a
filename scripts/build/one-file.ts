/**
 * A script built from one entry as one file, apart from the main build.
 *
 * The main build splits every module that two entries share into a chunk of
 * its own, and each chunk is a file the browser fetches, compiles and links
 * on its own. Stage 1 (every page) and the background (started after each idle
 * spell, and beside the first page after an install) load as one file each;
 * what they share with the rest is shipped twice, once inside them.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { builtinPack } from '../pack-plugin.ts';
import { catalogues } from './catalogue-data.ts';
import { polyfillModule } from './polyfill-module.ts';

/** The project's root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * JSON imports as `JSON.parse("…")`, not object literals: V8 scans a string
 * much faster than it parses the literal, and builds the objects faster too
 * (the pack is ~200 KB). Named imports from JSON are then refused, and
 * shipped code makes none.
 */
export const JSON_AS_STRINGS = { stringify: true, namedExports: false } as const;

/** The plugins of every build of shipped code: the main one (vite.config.ts) and each one-file script. */
export function shippedCodePlugins(): Plugin[] {
  return [builtinPack(), catalogues(), polyfillModule()];
}

/**
 * The code of `entry` (a path under the root) and everything it imports, as
 * one minified file: a strict classic script run for its effects (`iife`), or
 * an ES module (`es`, for a module service worker). `plugins` come after the
 * ones every build of shipped code has.
 */
export async function buildOneFile(
  entry: string,
  format: 'iife' | 'es',
  target: string[],
  plugins: Plugin[] = [],
): Promise<string> {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [...shippedCodePlugins(), ...plugins],
    json: JSON_AS_STRINGS,
    build: {
      write: false,
      target,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: resolve(ROOT, entry),
        // An entry without exports needs no global name; strict, as a module is.
        output: format === 'iife' ? { format, exports: 'none', strict: true } : { format, codeSplitting: false },
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunks = result && 'output' in result ? result.output.filter((file) => file.type === 'chunk') : [];
  if (chunks.length !== 1) throw new Error(`${entry}: the build produced ${chunks.length} scripts, not one`);
  return chunks[0]!.code;
}
