/**
 * `npx tsx scripts/claim-statuses.ts [page.html ...]`: the claims the popup
 * lists for each page, with the status and the stance counts it shows, as a
 * Markdown table. Defaults to the five seed pages, so a pack review can show
 * readers what its changes did ("before" and "after" in the README).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { builtinCorpus } from '../src/core/corpus/builtin-corpus.ts';
import { createCorpus } from '../src/core/corpus/corpus.ts';
import { scanText } from '../src/core/scan-text.ts';
import { detectTopic } from '../src/core/topic/detect-topic.ts';
import { summarizeClaims } from '../src/core/view/page-summary.ts';
import { readPage } from '../src/cli/read-page.ts';

const SEED_PAGES = ['kazinform', 'zdnet', 'globe-reuters', 'meta-denial', 'diplomat'].map(
  (name) => `tests/fixtures/pages/${name}.html`,
);

const corpus = builtinCorpus();
const files = process.argv.slice(2);
const rows = ['| page | claim | status | support · contradict · context |', '| --- | --- | --- | --- |'];
for (const file of files.length > 0 ? files : SEED_PAGES) {
  const page = readPage(readFileSync(file, 'utf8'), file);
  const pack = corpus.packs.find((candidate) => detectTopic(page.sample, candidate.topic).about);
  if (!pack) {
    rows.push(`| ${basename(file)} | (not about a story) | | |`);
    continue;
  }
  for (const claim of summarizeClaims(scanText(page.text, createCorpus([pack])), corpus)) {
    rows.push(
      `| ${basename(file)} | ${claim.id} | ${claim.status} | ${claim.supports} · ${claim.contradicts} · ${claim.context} |`,
    );
  }
}
console.log(rows.join('\n'));
