import { defineConfig } from 'vitest/config';

// Unit tests run in Node; DOM tests opt in with a `// @vitest-environment happy-dom` docblock.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'corpus/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
