import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { backgroundNamed, backgroundScript, splitBackground } from '../../scripts/build/background-script.ts';
import { browserManifest } from '../../scripts/build/browser-manifest.ts';
import { buildOneFile } from '../../scripts/build/one-file.ts';

describe('the background as one file', () => {
  it('takes the background out of the manifest for crxjs, in either browser', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const source = browserManifest(manifest, pkg.version, browser);
      const [rest, background] = splitBackground(source);
      expect(Object.keys(rest)).not.toContain('background');
      expect(background).toEqual(source.background);
      expect(background).toEqual(
        browser === 'chrome'
          ? { service_worker: 'src/background/index.ts', type: 'module' }
          : { scripts: ['src/background/index.ts'], type: 'module' },
      );
    }
  });

  it("puts the built file back over crxjs's loader, after crxjs", async () => {
    const [, background] = splitBackground(manifest);
    const plugin = backgroundScript(background, ['chrome120']);
    expect(plugin.enforce).toBe('post');
    const emitted: { fileName?: string; source?: unknown }[] = [];
    const context = { emitFile: (file: (typeof emitted)[number]) => (emitted.push(file), 'ref') };
    const written = await plugin.renderCrxManifest.call(context as never, {
      name: 'test',
      background: { service_worker: 'service-worker-loader.js', type: 'module' },
    });
    expect(written.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(emitted.map((file) => file.fileName)).toEqual(['background.js']);
    expect(String(emitted[0]!.source)).toContain('counterpoint-pack/1');
  }, 30_000);

  it("names the built file in the target browser's shape", () => {
    expect(backgroundNamed({ service_worker: 'src/background/index.ts', type: 'module' }, 'background.js')).toEqual({
      service_worker: 'background.js',
      type: 'module',
    });
    expect(backgroundNamed({ scripts: ['src/background/index.ts'], type: 'module' }, 'background.js')).toEqual({
      scripts: ['background.js'],
      type: 'module',
    });
  });

  it('refuses a background of more than one script, or none, which it would not build', () => {
    expect(() => splitBackground({ background: { scripts: ['a.ts', 'b.ts'] } })).toThrow(/one script, not 2/);
    expect(() => splitBackground({})).toThrow(/one script, not 0/);
    expect(() => splitBackground({ background: { service_worker: 'a.ts', scripts: ['a.ts'] } })).toThrow(
      /one script, not 2/,
    );
  });

  it('is one module that imports no other file, with the pack and the catalogues as JSON strings', async () => {
    const code = await buildOneFile('src/background/index.ts', 'es', ['chrome120']);
    // No import of a file (`import"./x.js"`, `from"./x.js"`) and no import() at all.
    expect(code).not.toMatch(/\b(?:import|from)\s*["'`]\.{0,2}\/|\bimport\s*\(/);
    // The pack and each catalogue are parsed from a string, not evaluated as object literals.
    expect(code).toMatch(/JSON\.parse\(`\{"format":"counterpoint-pack\/1"/);
    expect(code.match(/\\?"extensionName\\?":\{/g)).toHaveLength(3);
    expect(code).not.toMatch(/\{format:`counterpoint-pack\/1`/);
  }, 30_000);
});

describe('webextension-polyfill as an ES module', () => {
  // The polyfill reads the globals `chrome` and `browser` when it loads; there is no other way in.
  it("exports the browser's own `browser` without reading its namespaces", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyfill-'));
    // An entry that imports the package the way src/platform/browser.ts does.
    const entry: Plugin = {
      name: 'polyfill-test-entry',
      resolveId: (id) => (id.endsWith('/polyfill-test-entry.ts') ? '\0polyfill-test-entry' : null),
      load: (id) =>
        id === '\0polyfill-test-entry'
          ? "import browser from 'webextension-polyfill';\nglobalThis.polyfillExport = browser;\n"
          : null,
    };
    try {
      const reads: PropertyKey[] = [];
      const native = new Proxy(
        { runtime: { id: 'test' } },
        {
          ownKeys: (target) => (reads.push('ownKeys'), Reflect.ownKeys(target)),
          getOwnPropertyDescriptor: (target, key) => (reads.push(key), Reflect.getOwnPropertyDescriptor(target, key)),
        },
      );
      const code = await buildOneFile('polyfill-test-entry.ts', 'es', ['chrome120'], [entry]);
      writeFileSync(join(dir, 'built.mjs'), code);
      Object.assign(globalThis, { chrome: { runtime: { id: 'test' } }, browser: native });
      await import(pathToFileURL(join(dir, 'built.mjs')).href);
      expect(Reflect.get(globalThis, 'polyfillExport')).toBe(native);
      expect(reads).toEqual([]);
    } finally {
      Reflect.deleteProperty(globalThis, 'chrome');
      Reflect.deleteProperty(globalThis, 'browser');
      Reflect.deleteProperty(globalThis, 'polyfillExport');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
