import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFirefox } from '../../scripts/package/lint-firefox.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const INNER_HTML = 'export function set(el, html) { el.innerHTML = html; }\n';

// A minimal Firefox MV3 extension whose background script sits at `script`, with `code` in it.
function extension(script: string, code = INNER_HTML): string {
  dir = mkdtempSync(join(tmpdir(), 'counterpoint-lint-test-'));
  const manifest = {
    manifest_version: 3,
    name: 'Lint probe',
    version: '1.0.0',
    background: { scripts: [script] },
    browser_specific_settings: {
      gecko: {
        id: 'probe@example.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  mkdirSync(dirname(join(dir, script)), { recursive: true });
  writeFileSync(join(dir, script), code);
  return dir;
}

describe('lintFirefox', () => {
  it('fails an innerHTML assignment in our own code', async () => {
    const outcome = await lintFirefox(extension('assets/scanner-abc123.js'));
    expect(outcome.errors).toEqual([]);
    expect(outcome.unexplained.map((warning) => warning.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
  }, 30_000);

  it("allows the same warning only in Preact's chunk, where the README explains it", async () => {
    const outcome = await lintFirefox(extension('assets/jsxRuntime-abc123.js'));
    expect(outcome.unexplained).toEqual([]);
    expect(outcome.explained.map((warning) => warning.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
  }, 30_000);

  it('allows as many warnings in a file as the README explains, and fails one more', async () => {
    const evals = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const f${i} = new Function('x', 'return x');`);
    const one = await lintFirefox(extension('background.js', evals(1).join('\n')));
    expect(one.unexplained).toEqual([]);
    expect(one.explained.map((warning) => warning.code)).toEqual(['DANGEROUS_EVAL']);
    rmSync(dir, { recursive: true, force: true });
    const two = await lintFirefox(extension('background.js', evals(2).join('\n')));
    expect(two.explained.map((warning) => warning.code)).toEqual(['DANGEROUS_EVAL']);
    expect(two.unexplained.map((warning) => warning.code)).toEqual(['DANGEROUS_EVAL']);
  }, 30_000);
});
