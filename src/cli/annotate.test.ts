import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../tests/support/seeds.ts';
import type { Annotation } from './annotate-page.ts';
import { main } from './annotate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

/** Runs the command in-process and captures what it prints. */
function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { write: (s: string) => (out += s) } as never, { write: (s: string) => (err += s) } as never);
  return { code, out, err };
}

function annotate(file: string): Annotation {
  const { code, out } = run('--json', file);
  expect(code).toBe(0);
  return JSON.parse(out) as Annotation;
}

// Each source document must be recognised and yield its central claims.
const CENTRAL_CLAIMS: Record<string, string[]> = {
  '000_691ac110e3908f7b.txt': ['joint-statement', 'first-in-central-asia', 'regular-channel'],
  '001_8a9a43c881bc08ae.txt': [
    'exclusive-access',
    'first-in-central-asia',
    'training-october-28',
    'ministry-work-november',
  ],
  '002_f572cbbbdbc953ce.txt': [
    'exclusive-access',
    'joint-statement',
    'hong-kong-office-region',
    'facebook-users-kazakhstan',
  ],
  '003_3ded2e3969e6feee.txt': ['exclusive-access', 'followed-blocking-threat', 'facebook-users-kazakhstan'],
  '004_1412a9cb22655cc3.txt': ['exclusive-access', 'article-174-prosecutions'],
};

describe.skipIf(!existsSync(SEEDS_DIR))('annotate on the seed documents', () => {
  for (const [seed, claims] of Object.entries(CENTRAL_CLAIMS)) {
    it(`${seed}: about the story, with its central claims`, () => {
      const result = annotate(join(SEEDS_DIR, seed));
      expect(result.about).toBe(true);
      expect(result.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(claims));
    });
  }
});

describe('annotate on HTML pages', () => {
  it('reports nothing on a page about Facebook in Vietnam', () => {
    const result = annotate(join(PAGES, 'vietnam.html'));
    expect(result).toMatchObject({ about: false, claims: [], quotes: [] });
  });

  it('gives offsets into the visible text, never into markup or scripts', () => {
    const result = annotate(join(PAGES, 'hostile.html'));
    expect(result.about).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    for (const claim of result.claims) expect(claim.text).not.toMatch(/[<>]/);
  });

  it('prints the documented JSON fields, with quote verdicts and sources', () => {
    const result = annotate(join(PAGES, 'quotes.html'));
    for (const claim of result.claims) {
      expect(claim).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          text: expect.any(String),
        }),
      );
    }
    const verdicts = Object.fromEntries(result.quotes.map((quote) => [quote.verdict, quote]));
    expect(verdicts.verbatim?.text).toContain('The government issued its own statement');
    expect(verdicts.verbatim?.sources).toEqual(['meta-denial-2021-11-02']);
    expect(verdicts.variant?.text).toContain('delighted to work');
    expect(verdicts['not-found']).toMatchObject({ speaker: 'ben-mcconaghy', sources: [] });
  });

  it('prints a readable report with statuses and the statements for and against', () => {
    const { out } = run(join(PAGES, 'kazinform.html'));
    expect(out).toContain('About the story: yes');
    expect(out).toMatch(/direct and exclusive access.*\[DISPUTED\]/);
    expect(out).toContain('contradicts:');
    expect(out).toContain('Ben McConaghy');
  });
});

describe('annotate with extra packs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-cli-'));

  it('rejects a malformed pack with the JSON path of every problem', () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'corpus', 'kazakhstan-facebook-crs.json'), 'utf8'));
    pack.id = 'another-pack';
    pack.claims[3].statements[1].stance = 'agrees';
    pack.statements[0].document = 'no-such-document';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(pack));
    const { code, err } = run('--pack', file, join(PAGES, 'kazinform.html'));
    expect(code).toBe(2);
    expect(err).toContain('claims[3].statements[1].stance: expected one of supports|contradicts|context');
    expect(err).toContain('statements[0].document: unknown document "no-such-document"');
  });

  it("checks a page about an added pack's story against that pack only", () => {
    const packs = join(ROOT, 'tests', 'fixtures', 'packs');
    const { code, out } = run(
      '--json',
      '--pack',
      join(packs, 'riverton-bridge-tolls.json'),
      join(packs, 'riverton-page.html'),
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as Annotation;
    expect(result.about).toBe(true);
    expect(result.claims.map((claim) => claim.id)).toEqual(['riverton-free-crossings']);
  });

  it("applies the options page's limits: a list over its limit is refused by path, and the problems are bounded", () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'corpus', 'kazakhstan-facebook-crs.json'), 'utf8'));
    pack.id = 'huge-pack';
    pack.topic.groups[0].terms = Array.from({ length: 150 }, () => 'x'.repeat(201));
    const file = join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify(pack));
    const { code, err } = run('--pack', file, join(PAGES, 'kazinform.html'));
    expect(code).toBe(2);
    expect(err).toContain('huge.json: pack rejected, 150 problem(s):');
    expect(err).toContain('topic.groups[0].terms[0]');
    expect(err).toMatch(/\.\.\.and 50 more problem\(s\), not listed/);
  });

  it('rejects a file that is not JSON, saying so', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": ');
    const { code, err } = run('--pack', file, join(PAGES, 'kazinform.html'));
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.json: pack rejected, not readable JSON/);
  });

  it('explains its usage when called without a file', () => {
    expect(run().code).toBe(2);
  });
});

it('runs as `npm run annotate -- --json <file>`', () => {
  const out = execFileSync('npm', ['run', '--silent', 'annotate', '--', '--json', join(PAGES, 'kazinform.html')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(JSON.parse(out)).toMatchObject({ about: true });
}, 30_000);
