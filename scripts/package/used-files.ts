/**
 * Which files of a built extension are used: everything reachable from
 * manifest.json by following the paths that the manifest, the HTML pages and
 * the scripts name. A store package holds these and nothing else, so a stray
 * file in the build (a source map, a test, a leftover asset) never ships.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';

// A path-like token ending in a file extension the extension can load.
const PATH_TOKEN = /[\w@./-]+\.(?:js|mjs|html|css|png|svg|json|woff2?)\b/g;

/** Every file under `dir`, as posix paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/**
 * The files of the build at `dir` reachable from its manifest.json, sorted. A
 * manifest with `default_locale` reaches every `_locales/<lang>/messages.json`:
 * the browser reads them by convention, and nothing names them by path.
 */
export function usedFiles(dir: string): string[] {
  const used = new Set(['manifest.json', ...localeFiles(dir)]);
  const queue = ['manifest.json'];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (!['.json', '.html', '.js', '.css'].includes(extname(file))) continue;
    for (const reference of referencesIn(readFileSync(join(dir, file), 'utf8'), file)) {
      if (used.has(reference) || !existsSync(join(dir, reference))) continue;
      if (!statSync(join(dir, reference)).isFile()) continue;
      used.add(reference);
      queue.push(reference);
    }
  }
  return [...used].sort();
}

function localeFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { default_locale?: string };
  if (!manifest.default_locale || !existsSync(join(dir, '_locales'))) return [];
  return listFiles(join(dir, '_locales'))
    .filter((path) => /^[\w-]+\/messages\.json$/.test(path))
    .map((path) => `_locales/${path}`);
}

// Each token may be relative to the file (`./x.js`, `../x.js`) or to the extension's root
// (`/assets/x.js` in HTML, `assets/x.js` in the manifest and getURL calls): try both.
function referencesIn(text: string, file: string): string[] {
  const found = new Set<string>();
  for (const [token] of text.matchAll(PATH_TOKEN)) {
    const fromRoot = posix.normalize(token.replace(/^\/+/, ''));
    const fromFile = posix.normalize(posix.join(posix.dirname(file), token));
    for (const path of [fromRoot, fromFile]) if (!path.startsWith('..')) found.add(path);
  }
  return [...found];
}

/** `path` relative to `dir`, posix-style, for messages. */
export function shortPath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
