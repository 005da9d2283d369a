/**
 * The large imported pack the benchmark loads beside Counterpoint: the test
 * pack (tests/fixtures/packs) with a topic of 80,000 made-up place and
 * project names (two groups of 40,000 two-word terms, both required, so it
 * is specific) and eight padding documents, about 9 MB in all, imported
 * through the options page as a user would.
 */
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACK_FILE = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'packs', 'riverton-bridge-tolls.json');
const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'ven',
  'dor',
  'ul',
  'sa',
  'tre',
  'bin',
  'zo',
  'qua',
  'rel',
  'ny',
  'fas',
  'gor',
  'hix',
];

/** Number of topic terms in the pack. */
export const IMPORTED_TERMS = 80_000;

/** A made-up word for `n`: three syllables, never a word of a news page. */
function word(n: number): string {
  return [n % 16, (n >> 4) % 16, (n >> 8) % 16].map((i) => SYLLABLES[i]!).join('') + 'x';
}

/** The pack's text. */
export function largePackText(): string {
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8'));
  const half = IMPORTED_TERMS / 2;
  pack.topic.groups[0].terms = Array.from({ length: half }, (_, i) => `${word(i)} ${word(i * 7 + 3)}`);
  pack.topic.groups[1].terms = Array.from({ length: half }, (_, i) => `${word(i * 3 + 1)} bridge ${i}`);
  const first = pack.documents[0];
  for (let i = 0; i < 8; i++)
    pack.documents.push({ ...first, id: `padding-${i}`, text: `Padding ${i}. `.padEnd(900_000, 'lorem ipsum ') });
  return JSON.stringify(pack);
}

/** Imports `text` on the options page of the extension in `context`, and waits until it is stored. */
export async function importPack(context: BrowserContext, extensionId: string, text: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options
    .getByLabel(/Pack file/)
    .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const outcome = options.getByRole('status').or(options.getByRole('alert'));
  await outcome.filter({ hasNotText: /Checking/ }).waitFor({ timeout: 120_000 });
  const said = await outcome.textContent();
  if (!said?.includes('Imported')) throw new Error(`the bench pack was not imported: ${said}`);
  await options.close();
  // The browser writes the 9 MB to disk after the transaction commits; a reader browses later, so the
  // page load is measured once that is done, not while the same two cores are still busy with it.
  await new Promise((done) => setTimeout(done, 1500));
}
