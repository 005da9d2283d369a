// One linter for the project: typescript-eslint, jsx-a11y for the Preact UI, and
// import-x zones that keep the layers honest (see ../shared/STYLE.md §1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';

const layer = (target, ...from) => ({ target: `./src/${target}`, from: from.map((name) => `./src/${name}`) });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'demo-output/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The core is pure: it runs in Node, in tests and in the page.
            layer('core', 'content', 'popup', 'background', 'reader', 'options', 'ui', 'platform', 'cli'),
            layer('content', 'popup', 'background', 'reader', 'options'),
            layer('popup', 'content', 'background', 'reader', 'options'),
            layer('options', 'content', 'popup', 'background', 'reader'),
            layer('background', 'content', 'popup', 'reader', 'options', 'ui'),
            layer('ui', 'content', 'popup', 'background', 'reader', 'options', 'platform'),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `typeof import('./x.ts')` types a lazily loaded module without loading it.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Playwright fixtures take `{}` as their first argument by convention.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
);
