/**
 * `npm run package`: the store packages, from the builds in dist/ and
 * dist-firefox/ (the npm script builds both first). Each archive holds only
 * the files reachable from its manifest (so no source maps, tests or
 * leftovers) and no code that could reach the network; the Firefox one must
 * pass web-ext lint; the version in the file names is the manifests' (which
 * the build takes from package.json).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { OUT_DIR, type BrowserTarget } from './build/browser-manifest.ts';
import { lintFirefox } from './package/lint-firefox.ts';
import { listFiles, usedFiles } from './package/used-files.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Where the archives go (ignored by git). */
export const RELEASE_DIR = join(ROOT, 'release');

// Store reviewers and users should never see these in a package.
const NEVER_SHIPPED = /\.map$|\.test\.|\.spec\.|\.tsx?$/;
// Counterpoint makes no network requests (PRIVACY.md): shipped code that could is refused.
const NETWORK_API = /\bfetch\(|XMLHttpRequest|sendBeacon|\bWebSocket\b|\bEventSource\b|importScripts/;
// A fixed timestamp makes the archives byte-for-byte reproducible.
const MTIME = new Date('2026-01-01T00:00:00Z');

async function main(): Promise<void> {
  mkdirSync(RELEASE_DIR, { recursive: true });
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = join(ROOT, OUT_DIR[browser]);
    const files = usedFiles(dir);
    const left = listFiles(dir).filter((file) => !files.includes(file));
    const banned = files.filter((file) => NEVER_SHIPPED.test(file));
    if (banned.length > 0) throw new Error(`${browser}: refusing to ship ${banned.join(', ')}`);
    const networked = files.filter((f) => f.endsWith('.js') && NETWORK_API.test(readFileSync(join(dir, f), 'utf8')));
    if (networked.length > 0) throw new Error(`${browser}: network APIs in ${networked.join(', ')}`);
    if (browser === 'firefox') await checkLint(dir, files);
    const version = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;
    const archive = zip(dir, files);
    const name = `counterpoint-${browser}-${version}.zip`;
    writeFileSync(join(RELEASE_DIR, name), archive);
    console.log(report(browser, name, files.length, archive.length, left));
  }
}

function zip(dir: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file] = [readFileSync(join(dir, file)), { mtime: MTIME, level: 9 }];
  return zipSync(entries);
}

// Lints exactly what the archive will hold: the used files, copied apart.
async function checkLint(dir: string, files: readonly string[]): Promise<void> {
  const staged = mkdtempSync(join(tmpdir(), 'counterpoint-lint-'));
  for (const file of files) {
    mkdirSync(dirname(join(staged, file)), { recursive: true });
    cpSync(join(dir, file), join(staged, file));
  }
  const { errors, explained, unexplained } = await lintFirefox(staged).finally(() =>
    rmSync(staged, { recursive: true, force: true }),
  );
  for (const warning of explained)
    console.log(`  web-ext lint: ${warning.code} in ${warning.file} (explained in README)`);
  const problems = [...errors, ...unexplained];
  if (problems.length > 0)
    throw new Error(
      `web-ext lint on ${dir}:\n${problems.map((p) => `  ${p.code} ${p.file ?? ''}: ${p.message}`).join('\n')}`,
    );
}

function report(browser: BrowserTarget, name: string, count: number, bytes: number, left: string[]): string {
  const skipped = left.length > 0 ? `; left out (unused): ${left.join(', ')}` : '';
  return `${browser}: release/${name}, ${count} files, ${(bytes / 1024).toFixed(1)} KB${skipped}`;
}

await main();
