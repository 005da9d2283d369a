import { Script } from 'node:vm';
import type { OutputBundle } from 'rollup';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import {
  buildStage1,
  LAZY,
  reachableChunks,
  splitContentScripts,
  stage1Script,
} from '../../scripts/build/stage1-script.ts';

const FILES = {
  importScanner: 'assets/scanner-TEST.js',
  importRouter: 'assets/router-TEST.js',
  importQuoteOnDemand: 'assets/quote-on-demand-TEST.js',
};

describe('stage 1 as one classic script', () => {
  it('is a script, not a module, and reaches stage 2 only through the extension URLs it is given', async () => {
    const code = await buildStage1(FILES, ['chrome120']);
    // A classic script compiles as one; `import`/`export` declarations would not.
    expect(() => new Script(code)).not.toThrow();
    expect(code.startsWith('"use strict";')).toBe(true); // As strict as the module it replaces.
    for (const file of Object.values(FILES)) expect(code).toContain(`getURL(\`${file}\`)`);
    // Only those imports: no path of our sources is left to resolve at run time.
    expect(code.match(/import\(/g)).toHaveLength(Object.keys(FILES).length);
    expect(code).not.toMatch(/\.tsx?["'`]/);
    // Stage 2 stays out of it: nothing of the scanner, the corpus or mark.js.
    expect(code).not.toContain('markRanges');
    expect(code).not.toContain('Content Reporting System');
    // Nor the topic's lexicon and tables: the background detects the pages its needles let through.
    expect(code).not.toContain('meta platforms');
    expect(code.length).toBeLessThan(16_000);
  }, 30_000);

  it("emits as chunks exactly the modules stage2-modules.ts imports, under its exports' names", () => {
    const source = readFileSync(new URL('../../src/content/stage2-modules.ts', import.meta.url), 'utf8');
    const lazy = [...source.matchAll(/export const (\w+)\b[^;]*?import\('\.\/([^']+)'\)/gs)];
    expect(Object.fromEntries(lazy.map(([, name, file]) => [name, `src/content/${file}`]))).toEqual(LAZY);
  });

  it('takes the content scripts out of the manifest for crxjs, whole', () => {
    const [rest, scripts] = splitContentScripts(manifest);
    expect('content_scripts' in rest).toBe(false);
    expect(scripts).toEqual(manifest.content_scripts);
    expect({ ...rest, content_scripts: scripts }).toEqual(manifest);
  });

  it('refuses a manifest whose content script is not stage 1 alone, which it would not build', () => {
    const [, scripts] = splitContentScripts(manifest);
    expect(() => stage1Script(scripts, ['chrome120'])).not.toThrow();
    const extra = [{ ...scripts[0]!, js: ['src/content/stage1.ts', 'src/content/other.ts'] }];
    expect(() => stage1Script(extra, ['chrome120'])).toThrow(/stage1\.ts alone/);
  });

  it('makes web-accessible every chunk stage 2 imports, statically or lazily, and nothing else', () => {
    const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) => ({
      type: 'chunk',
      fileName,
      imports,
      dynamicImports,
    });
    const bundle = Object.fromEntries(
      [
        chunk('scanner.js', ['corpus.js', 'shared.js'], ['popover.js']),
        chunk('router.js', ['shared.js']),
        chunk('corpus.js'),
        chunk('shared.js'),
        chunk('popover.js', ['preact.js']),
        chunk('preact.js'),
        chunk('popup.js', ['preact.js']),
        { type: 'asset', fileName: 'icon.png' },
      ].map((file) => [file.fileName, file]),
    ) as unknown as OutputBundle;
    expect(reachableChunks(bundle, ['scanner.js', 'router.js'])).toEqual([
      'corpus.js',
      'popover.js',
      'preact.js',
      'router.js',
      'scanner.js',
      'shared.js',
    ]);
  });
});
