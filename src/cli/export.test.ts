import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { expandOffline } from '../../tests/support/jsonld-offline.ts';
import type { Annotation } from './annotate-page.ts';
import { main } from './annotate.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');
const NOW = () => new Date('2026-11-29T21:00:00.000Z');

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(
    argv,
    { write: (s: string) => (out += s) } as never,
    { write: (s: string) => (err += s) } as never,
    NOW,
  );
  return { code, out, err };
}

/** The page's body text as a browser (and any annotation tool) counts it. */
function bodyText(file: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  const document = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  const text = document.body.textContent ?? '';
  void window.happyDOM.close();
  return text;
}

interface Selectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

function selectorsOf(collection: unknown): Selectors[] {
  const items = (collection as { first: { items: { target: { selector: Record<string, unknown>[] } }[] } }).first.items;
  return items.map(({ target }) => ({ ...target.selector[0], ...target.selector[1] }) as unknown as Selectors);
}

describe('annotate --format', () => {
  it('writes the Markdown report of a story page', () => {
    const { code, out } = run('--format', 'markdown', join(PAGES, 'kazinform.html'));
    expect(code).toBe(0);
    expect(out).toMatch(/^# Counterpoint report: Ministry of Information/);
    expect(out).toContain('- Checked: 2026-11-29T21:00:00.000Z');
    expect(out).toMatch(/\*\*Status: Disputed\*\*/);
  });

  it('writes Web Annotations whose selectors re-anchor to the highlighted words in the page’s body text', async () => {
    for (const name of ['kazinform.html', 'quotes.html', 'ru-story.html']) {
      const file = join(PAGES, name);
      const { code, out } = run('--format', 'annotations', file);
      expect(code).toBe(0);
      const collection = JSON.parse(out) as Record<string, unknown>;
      await expandOffline(collection);
      const text = bodyText(file);
      const json = JSON.parse(run('--json', file).out) as Annotation;
      const selectors = selectorsOf(collection);
      expect(selectors.length).toBeGreaterThan(0);
      expect(selectors.length).toBe(json.claims.length + json.quotes.length);
      for (const selector of selectors) {
        expect(text.slice(selector.start, selector.end)).toBe(selector.exact);
        // The quote selector alone finds the same place (what a tool does when positions drift).
        const at = text.indexOf(selector.prefix + selector.exact + selector.suffix);
        expect(at + selector.prefix.length, selector.exact).toBe(selector.start);
      }
      // The same words the extension highlights (block breaks aside).
      const squash = (s: string) => s.replace(/\s+/g, '');
      const highlighted = [...json.claims, ...json.quotes].map((item) => squash(item.text)).sort();
      expect(selectors.map((selector) => squash(selector.exact)).sort()).toEqual(highlighted);
    }
  });

  it('writes ClaimReview drafts with the reviewer and says what is left to fill in', () => {
    const { code, out, err } = run('--format', 'claimreview', '--reviewer-org', 'Desk', join(PAGES, 'kazinform.html'));
    expect(code).toBe(0);
    const document = JSON.parse(out) as { '@graph': { author: { name: string }[] }[] };
    expect(document['@graph'].length).toBeGreaterThan(0);
    expect(document['@graph'][0]!.author[0]!.name).toBe('Desk');
    expect(err).toMatch(/before publishing, fill in or check:\n(.*\n)*.*url: /);
  });

  it('batches several files and globs, with a progress line each past three files', () => {
    const files = ['kazinform.html', 'diplomat.html', 'zdnet.html', 'vietnam.html'].map((name) => join(PAGES, name));
    const { code, out, err } = run('--format', 'annotations', ...files);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(4);
    expect(err.split('\n').filter((line) => /^\[\d\/4\] /.test(line))).toHaveLength(4);

    // A quoted glob; up to three files print no progress.
    const globbed = run('--json', join(PAGES, 'k[az]*.html'));
    const results = JSON.parse(globbed.out) as { file: string }[];
    const expected = readdirSync(PAGES)
      .filter((name) => /^k[az].*\.html$/.test(name))
      .sort();
    expect(expected).toEqual(['kazinform.html', 'kz-oil.html']);
    expect(results.map((result) => result.file.split('/').pop())).toEqual(expected);
    expect(globbed.err).toBe('');
  });

  it('writes one file per page with --out, and keeps going past a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-export-'));
    const { code, err } = run(
      '--format',
      'markdown',
      '--out',
      dir,
      join(PAGES, 'zdnet.html'),
      join(PAGES, 'nope.html'),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/nope\.html: .*no such file/i);
    expect(readdirSync(dir)).toEqual(['zdnet.md']);
  });

  it('refuses an unknown format', () => {
    expect(run('--format', 'pdf', join(PAGES, 'zdnet.html')).code).toBe(2);
  });
});
