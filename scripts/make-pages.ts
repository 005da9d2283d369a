/**
 * Generates the fixture pages that the end-to-end tests and the `npm start`
 * demo serve (tests/fixtures/pages/*.html), then checks that every seed page
 * still carries its document's words unchanged.
 *
 * Usage: npx tsx scripts/make-pages.ts [--seeds <dir>]   (default: shared/seeds beside the checkout)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../tests/support/seeds.ts';
import { missingSeedLines } from './make-pages/check-seed-text.ts';
import { hostilePage } from './make-pages/hostile-page.ts';
import { INDEX, renderIndex } from './make-pages/index-page.ts';
import { kkBlogPage, kkDigestPage, kkInterviewPage, kkReportPage } from './make-pages/kk-language-pages.ts';
import { kkStoryPage } from './make-pages/kk-story-page.ts';
import { renderPage } from './make-pages/layout.ts';
import type { ArticlePage } from './make-pages/model.ts';
import { enBroadcastPage, enMinistryMeta2025Page, ruMinistryMeta2022Page } from './make-pages/near-miss-later-pages.ts';
import { gamePage, kzOilPage, metaGeneralPage, vietnamPage } from './make-pages/near-miss-pages.ts';
import {
  kkBloggerFinedPage,
  kkCyberbullyingPage,
  ruCyberbullyingPage,
  ruOtherCountriesPage,
  ruOutagePage,
} from './make-pages/near-miss-ru-kk-pages.ts';
import { deReportPage, enCensorshipPage, huReportPage, nlReportPage } from './make-pages/other-language-pages.ts';
import { diplomatPage, globeReutersPage, kazinformPage, metaDenialPage } from './make-pages/plain-seed-pages.ts';
import { quotesPage } from './make-pages/quotes-page.ts';
import { ruBlogPage, ruDigestPage, ruInterviewPage, ruReportPage } from './make-pages/ru-language-pages.ts';
import { ruStoryPage } from './make-pages/ru-story-page.ts';
import { zdnetPage } from './make-pages/zdnet-page.ts';

const OUT_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');

function seedsDir(argv: string[]): string {
  const i = argv.indexOf('--seeds');
  return (i >= 0 ? argv[i + 1] : undefined) ?? SEEDS_DIR;
}

/** Every page with, for seed pages, the seed file it must stay faithful to. */
function allPages(seeds: string): Array<{ page: ArticlePage; seed?: string }> {
  return [
    { page: zdnetPage(seeds), seed: '000_691ac110e3908f7b.txt' },
    { page: kazinformPage(seeds), seed: '001_8a9a43c881bc08ae.txt' },
    { page: metaDenialPage(seeds), seed: '002_f572cbbbdbc953ce.txt' },
    { page: globeReutersPage(seeds), seed: '003_3ded2e3969e6feee.txt' },
    { page: diplomatPage(seeds), seed: '004_1412a9cb22655cc3.txt' },
    { page: kazinformPage(seeds, 'dark'), seed: '001_8a9a43c881bc08ae.txt' },
    { page: ruStoryPage() },
    { page: kkStoryPage() },
    { page: quotesPage() },
    { page: vietnamPage() },
    { page: kzOilPage() },
    { page: gamePage() },
    { page: metaGeneralPage() },
    { page: hostilePage() },
    // Language fixtures (issue 13): coverage in ru, kk, en, nl, de, hu, and near misses.
    { page: ruReportPage() },
    { page: ruBlogPage() },
    { page: ruInterviewPage() },
    { page: ruDigestPage() },
    { page: kkReportPage() },
    { page: kkBlogPage() },
    { page: kkInterviewPage() },
    { page: kkDigestPage() },
    { page: enCensorshipPage() },
    { page: nlReportPage() },
    { page: deReportPage() },
    { page: huReportPage() },
    { page: ruOutagePage() },
    { page: kkBloggerFinedPage() },
    { page: ruCyberbullyingPage() },
    { page: kkCyberbullyingPage() },
    { page: ruOtherCountriesPage() },
    { page: ruMinistryMeta2022Page() },
    { page: enMinistryMeta2025Page() },
    { page: enBroadcastPage() },
  ];
}

function main(): void {
  const seeds = seedsDir(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const problems: string[] = [];
  const written = new Set<string>();
  for (const { page, seed } of allPages(seeds)) {
    const out = renderPage(page);
    writeFileSync(join(OUT_DIR, page.file), out);
    written.add(page.file);
    const missing = seed ? missingSeedLines(seeds, seed, out) : [];
    problems.push(...missing.map((line) => `${page.file}: seed line not on page: ${line}`));
    console.log(`${page.file.padEnd(20)} ${String(out.length).padStart(7)} chars`);
  }
  writeFileSync(join(OUT_DIR, 'index.html'), renderIndex());
  // The index must list exactly the pages that exist, or the demo has dead links.
  const listed = new Set(INDEX.map((e) => e.file));
  for (const f of written) if (!listed.has(f)) problems.push(`index.html does not list ${f}`);
  for (const f of listed) if (!written.has(f)) problems.push(`index.html lists missing ${f}`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

main();
