import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, usedFiles } from '../../scripts/package/used-files.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'counterpoint-used-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('usedFiles', () => {
  it('follows the manifest, HTML, static and dynamic imports and getURL paths, and nothing else', () => {
    const root = build({
      'manifest.json': JSON.stringify({ action: { default_popup: 'src/popup/index.html' }, icons: { 16: 'i.png' } }),
      'i.png': '',
      'src/popup/index.html': '<script type="module" src="/assets/popup.js"></script>',
      'assets/popup.js': 'import"./shared.js";import(`./lazy.js`);open(getURL(`src/reader/index.html?doc=${d}`))',
      'assets/shared.js': '',
      'assets/lazy.js': '',
      'src/reader/index.html': '<script src="/assets/reader.js"></script>',
      'assets/reader.js': '',
      'assets/popup.js.map': '{}',
      'assets/orphan.js': '',
    });
    expect(usedFiles(root)).toEqual([
      'assets/lazy.js',
      'assets/popup.js',
      'assets/reader.js',
      'assets/shared.js',
      'i.png',
      'manifest.json',
      'src/popup/index.html',
      'src/reader/index.html',
    ]);
    expect(listFiles(root)).toContain('assets/orphan.js');
  });

  it('keeps the _locales catalogues when the manifest has a default locale, and only then', () => {
    const files = {
      '_locales/en/messages.json': '{}',
      '_locales/kk/messages.json': '{}',
      '_locales/kk/notes.txt': '',
    };
    const localized = build({ 'manifest.json': JSON.stringify({ default_locale: 'en' }), ...files });
    expect(usedFiles(localized)).toEqual(['_locales/en/messages.json', '_locales/kk/messages.json', 'manifest.json']);
    rmSync(localized, { recursive: true, force: true });
    expect(usedFiles(build({ 'manifest.json': '{}', ...files }))).toEqual(['manifest.json']);
  });
});
