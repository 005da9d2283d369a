/**
 * Story packs on the options page: a malformed pack is refused with every
 * problem by JSON path and nothing changes; a valid pack is imported and
 * Counterpoint then recognises and highlights its story on a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, pageUrl, test } from './extension.ts';

const PACKS = join(import.meta.dirname, '..', 'fixtures', 'packs');
const PACK_FILE = join(PACKS, 'riverton-bridge-tolls.json');

test('a malformed pack is refused with its JSON paths; a valid one is imported and checks its own story', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const loaded = options.getByRole('list', { name: 'Loaded packs' }).getByRole('listitem');
  await expect(loaded).toHaveCount(1);

  const bad = JSON.parse(readFileSync(PACK_FILE, 'utf8'));
  bad.claims[0].statements[1].stance = 'denies';
  bad.statements[1].document = 'no-such-document';
  await options.getByLabel(/Pack file/).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('claims[0].statements[1].stance: expected one of supports|contradicts|context');
  await expect(alert).toContainText('statements[1].document: unknown document "no-such-document"');
  await expect(loaded).toHaveCount(1);

  await options.getByLabel(/Pack file/).setInputFiles(PACK_FILE);
  await expect(options.getByRole('status')).toContainText('Imported');
  await expect(loaded).toHaveCount(2);

  // A page about the imported story, served as if from the fixture server.
  const url = pageUrl('riverton.html');
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(join(PACKS, 'riverton-page.html')) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const mark = page.locator('mark[data-claim="riverton-free-crossings"]').first();
  await expect(mark).toBeVisible();
  // Only the page's own story is looked for: the built-in pack's "joint statement" claim is not.
  await expect(page.locator('mark[data-claim="joint-statement"]')).toHaveCount(0);
  await mark.click();
  await expect(page.getByRole('dialog').locator('section', { hasText: /Contradicts/ })).toContainText('Omar Reyes');
});
