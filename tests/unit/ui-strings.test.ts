/**
 * Every word the interface shows comes from the _locales catalogues, and the
 * catalogues agree: the same keys, the same placeholders, every plural form.
 * Hard-coded text is found with the TypeScript compiler's own parser: JSX text
 * with letters, and letters in the attributes people read (aria-label, title,
 * placeholder, alt), whether written as a string or an expression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LANGS = ['en', 'ru', 'kk'] as const;
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
]);
// Text that is clearly not language: a file name shown as code.
const NOT_LANGUAGE = new Set(['corpus/README.md']);
const LETTER = /\p{L}/u;

/** Source files that draw UI. */
function uiFiles(): string[] {
  const under = (dir: string, match: RegExp) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      // Stylesheets, and the looks they are built from, are code, not words.
      .filter(
        (path) => match.test(path) && !/\.test\.|test-data|test-render|css\.ts$|styles\.ts$|looks\.ts$/.test(path),
      )
      .map((path) => join(dir, path));
  return [
    ...['src/ui', 'src/popup', 'src/options', 'src/reader'].flatMap((dir) => under(dir, /\.tsx?$/)),
    ...under('src/content', /^[^/]+\.tsx$/),
  ].sort();
}

/** Literal text with letters a reader would see, as "file:line: text". */
export function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (!LETTER.test(trimmed) || NOT_LANGUAGE.has(trimmed)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${fileName}:${line}: ${trimmed}`);
  };
  // Literal text an expression yields as a value: a string, a template's fixed parts, either branch.
  const literalText = (node: ts.Expression): void => {
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return report(node, node.text);
    if (ts.isTemplateExpression(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
      return;
    }
    if (ts.isConditionalExpression(node)) return (literalText(node.whenTrue), literalText(node.whenFalse));
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(
        node.operatorToken.kind,
      )
    )
      return literalText(node.right);
  };
  const visit = (node: ts.Node): void => {
    // Prose anywhere in the file, e.g. a helper that returns a sentence the JSX shows.
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : node.text;
      if (isProse(text) && !isMarkup(node)) report(node, text);
    }
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      literalText(node.expression);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
        literalText(node.initializer.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...new Set(found)];
}

/** Two words in a row, not a list of CSS classes or ids ("cp-event cp-event-linked", "cp-status-"). */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => LETTER.test(word));
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && !words.every((word) => /^[a-z0-9]+-[a-z0-9-]*$/.test(word));
}

/** A module name, a message for the developer's console, or the value of an attribute nobody reads (class, rel, id…). */
function isMarkup(node: ts.Node): boolean {
  const parent = ts.isJsxExpression(node.parent) ? node.parent.parent : node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isCallExpression(parent) && /^console\.\w+$/.test(parent.expression.getText())) return true;
  return ts.isJsxAttribute(parent) && !READ_ATTRIBUTES.has(parent.name.getText());
}

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogues = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, Entry>,
  ]),
) as Record<(typeof LANGS)[number], Record<string, Entry>>;

describe('hard-coded strings', () => {
  it('finds text, attributes and literals in expressions, and lets punctuation, symbols and keys pass', () => {
    const sample = `
      const a = <p title="Hello">Close <span aria-label={\`Remove \${x}\`}>×</span> {n} · {ok && ' · built in'}</p>;
      const b = <button aria-label={m.t('close')} class="cp-close">{m.t('close')} ({count}) …</button>;
      const c = <code>corpus/README.md</code>;
      const d = <p>{ok ? 'Yes' : '—'}</p>;
      const e = (outlet) => \`Quoted in \${outlet}\`;
      const f = <p class="cp-event cp-event-linked">{m.t('quotedIn', outlet)}</p>;
      console.warn('Counterpoint: the popover could not load', error);`;
    expect(hardCodedStrings('sample.tsx', sample)).toEqual([
      'sample.tsx:2: Hello',
      'sample.tsx:2: Close',
      'sample.tsx:2: Remove',
      'sample.tsx:2: · built in',
      'sample.tsx:5: Yes',
      'sample.tsx:6: Quoted in',
    ]);
  });

  it('are absent from the UI components: every word comes from the catalogues', () => {
    const files = uiFiles();
    expect(files).toContain('src/ui/ClaimPopover.tsx');
    expect(files).toContain('src/content/popovers.tsx');
    const found = files.flatMap((path) =>
      hardCodedStrings(relative(ROOT, join(ROOT, path)), readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('the _locales catalogues', () => {
  const keys = (lang: (typeof LANGS)[number]) => Object.keys(catalogues[lang]).sort();

  it('have the same keys in every language', () => {
    const all = [...new Set(LANGS.flatMap(keys))].sort();
    const missing = LANGS.flatMap((lang) =>
      all.filter((key) => !(key in catalogues[lang])).map((key) => `${lang}: no ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('have the same placeholders for a key in every language, and use each one, and only those', () => {
    const problems = keys('en').flatMap((key) => {
      const expected = JSON.stringify(catalogues.en[key]!.placeholders ?? {});
      return LANGS.flatMap((lang) => {
        const entry = catalogues[lang][key];
        if (!entry) return [];
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        const used = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))];
        return [
          ...(JSON.stringify(entry.placeholders ?? {}) === expected
            ? []
            : [`${lang} ${key}: placeholders differ from en`]),
          ...(used.sort().join() === declared.join() ? [] : [`${lang} ${key}: uses ${used} but declares ${declared}`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('are valid for browsers: message names, non-empty messages, each its own language code', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(catalogues[lang])) {
        expect(key, `${lang} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      }
      expect(catalogues[lang].catalogueLanguage!.message).toBe(lang);
    }
  });

  it('have every plural form for every plural message', () => {
    const bases = [...new Set(keys('en').flatMap((key) => /^(.+)_(one|few|many|other)$/.exec(key)?.[1] ?? []))];
    const missing = bases.flatMap((base) =>
      ['one', 'few', 'many', 'other']
        .filter((form) => !(`${base}_${form}` in catalogues.en))
        .map((f) => `${base}_${f}`),
    );
    expect(bases.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it('are translated: Russian and Kazakh differ from English except names and codes', () => {
    const same = (['ru', 'kk'] as const).flatMap((lang) =>
      keys('en')
        .filter((key) => catalogues[lang][key]?.message === catalogues.en[key]!.message)
        .map((key) => `${lang} ${key}`),
    );
    const NAMES = ['extensionName', 'languageNameEn', 'languageNameRu', 'languageNameKk'];
    expect(same).toEqual((['ru', 'kk'] as const).flatMap((lang) => NAMES.sort().map((key) => `${lang} ${key}`)));
  });

  it('hold no message the code never asks for', () => {
    const code = [
      readFileSync(join(ROOT, 'manifest.json'), 'utf8'),
      ...['src'].flatMap((dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((path) => /\.tsx?$/.test(path) && !/\.test\./.test(path))
          .map((path) => readFileSync(join(ROOT, dir, path), 'utf8')),
      ),
    ].join('\n');
    const unused = keys('en').filter((key) => {
      const name = key.replace(/_(one|few|many|other)$/, '');
      return !code.includes(`'${name}'`) && !code.includes(`__MSG_${name}__`);
    });
    expect(unused).toEqual([]);
  });
});
