// One linter for the project: typescript-eslint, jsx-a11y for the Preact UI, and
// per-layer import rules that keep the layers honest (see ../shared/STYLE.md §1).
// The layer rules use ESLint's own no-restricted-imports: eslint-plugin-import-x
// pulls in a native resolver whose platform packages broke `npm ci` here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';

const LAYERS = ['core', 'content', 'popup', 'options', 'background', 'reader', 'ui', 'platform', 'cli'];

/** Files in src/<layer> may not import from the `forbidden` layers. */
const layer = (name, forbidden, why) => ({
  files: [`src/${name}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden.flatMap((other) => [`**/${other}/*`, `./${other}/*`]), message: why }] },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-firefox/',
      'release/',
      'node_modules/',
      'test-results/',
      'demo-output/',
      'playwright-report/',
      // Built by the hydration test's setup (tests/e2e/fixtures/build-hydration-pages.ts).
      'tests/fixtures/pages/hydration/',
      // Built by the live-pages test's setup (tests/e2e/fixtures/build-live-pages.ts).
      'tests/fixtures/pages/live/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `typeof import('./x.ts')` types a lazily loaded module without loading it.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Page and corpus text only ever reach the DOM as text: no HTML parsing in shipped code
    // (web-ext lint's innerHTML warning on Preact's bundle rests on this; see the README).
    files: ['src/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML.' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text, not HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, not HTML.' },
      ],
    },
  },
  layer(
    'core',
    LAYERS.filter((other) => other !== 'core'),
    'The core is pure: it runs in Node, tests, the page and the background.',
  ),
  layer('content', ['popup', 'options', 'background', 'reader'], 'Content scripts never import extension pages.'),
  layer('popup', ['content', 'options', 'background', 'reader'], 'The popup never imports other contexts.'),
  layer('options', ['content', 'popup', 'background', 'reader'], 'The options page never imports other contexts.'),
  layer('background', ['content', 'popup', 'options', 'reader', 'ui'], 'The background has no UI.'),
  layer(
    'ui',
    ['content', 'popup', 'options', 'background', 'reader', 'platform'],
    'UI renders data; it never calls the browser.',
  ),
  {
    // Playwright fixtures take `{}` as their first argument by convention.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
);
