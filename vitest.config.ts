import { defineConfig } from 'vitest/config';
import { builtinPack } from './scripts/pack-plugin.ts';

// Unit tests run in Node; DOM tests opt in with a `// @vitest-environment happy-dom` docblock.
export default defineConfig({
  // The build's compiled pack modules (virtual:story-*), so tests import what the extension ships.
  plugins: [builtinPack()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'corpus/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // The ru and kk catalogues, which the extension loads on demand, loaded up front.
    setupFiles: ['tests/support/load-catalogues.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
