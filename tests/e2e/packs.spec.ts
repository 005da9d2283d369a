/**
 * Story packs on the options page: a malformed pack is refused with every
 * problem by JSON path and nothing changes; a valid pack is imported and
 * Counterpoint then recognises and highlights its story on a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openArticle, openPopupFor, pageUrl, test } from './extension.ts';

const PACKS = join(import.meta.dirname, '..', 'fixtures', 'packs');
const PACK_FILE = join(PACKS, 'riverton-bridge-tolls.json');

test('a malformed pack is refused with its JSON paths; a valid one is imported and checks its own story', async ({
  context,
  extensionId,
  serviceWorker,
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

  // A page about the built-in story never asks the background for imported packs (their memory is not its cost).
  await serviceWorker.evaluate(() => {
    const asked: unknown[] = [];
    Object.assign(globalThis, { asked });
    chrome.runtime.onMessage.addListener((message: { method?: unknown }) => void asked.push(message?.method));
  });
  const story = await openArticle(context, 'kazinform.html');
  await expect(story.locator('mark[data-claim="exclusive-access"]').first()).toBeVisible();
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).not.toContain(
    'importedPacks',
  );

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
  const contradicts = page.getByRole('dialog').locator('section', { hasText: /Contradicts/ });
  await expect(contradicts).toContainText('Omar Reyes');
  // The reader page reads the imported pack's document from the extension's IndexedDB.
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    contradicts
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await expect(reader.locator('h1')).toContainText('Riverton council promises toll-free harbour bridge');
  await expect(reader.locator('mark')).toContainText('There is no agreement on free crossings');
});

const OPTIONS = (extensionId: string) => `chrome-extension://${extensionId}/src/options/index.html`;
const packText = () => readFileSync(PACK_FILE, 'utf8');

/** The test pack under other ids: a second pack that can be loaded beside it. */
function renamedPack(prefix: string): string {
  const text = packText();
  const ids = [...text.matchAll(/"id": "([^"]+)"/g)].map((match) => match[1]!);
  return ids.reduce((renamed, id) => renamed.replaceAll(`"${id}"`, `"${prefix}-${id}"`), text);
}

/** The test pack grown by `megabytes` extra source documents of a million characters (the most one may have). */
function bigPack(megabytes: number): string {
  const pack = JSON.parse(packText());
  const first = pack.documents[0];
  for (let i = 0; i < megabytes; i++) {
    pack.documents.push({
      ...first,
      id: `padding-${i}`,
      text: `Padding document ${i}. `.padEnd(1_000_000, 'lorem ipsum '),
    });
  }
  return JSON.stringify(pack);
}

test('a pack at the size limit is stored apart from the settings: the site switch works after it, and a failed switch write is shown', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(OPTIONS(extensionId));
  const loaded = options.getByRole('list', { name: 'Loaded packs' }).getByRole('listitem');
  // Over the limit: refused before it is even parsed.
  await options.getByLabel(/Pack file/).setInputFiles({
    name: 'too-big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bigPack(11)),
  });
  await expect(options.getByRole('alert')).toContainText('a pack may have at most 10,485,760 (10 MB)');
  // Just under it (10 MB: as much as storage.local's whole quota, where packs used to live): imported.
  const big = bigPack(10);
  expect(Buffer.byteLength(big)).toBeGreaterThan(10_000_000);
  await options
    .getByLabel(/Pack file/)
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  await expect(options.getByRole('status')).toContainText('Imported', { timeout: 30_000 });
  await expect(loaded).toHaveCount(2);
  // The settings' storage holds only the small index.
  const used = await serviceWorker.evaluate(() => chrome.storage.local.getBytesInUse(null));
  expect(used).toBeLessThan(2_000);

  const page = await openArticle(context, 'zdnet.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  const siteSwitch = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await expect(siteSwitch).not.toBeChecked();
  await expect(page.locator('mark[data-claim]')).toHaveCount(0);
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await expect(siteSwitch).toBeChecked();
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();

  // Something else fills storage.local to its quota: the switch's write fails, and the popup says so
  // and shows what is stored (still on), and the page keeps its highlights.
  const left = await serviceWorker.evaluate(async () => {
    const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    // The key and the quotes count too; two bytes stay free, fewer than the switch's write needs.
    await chrome.storage.local.set({ filler: 'x'.repeat(free - 'filler'.length - 2 - 2) });
    return chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
  });
  expect(left).toBe(2);
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await expect(popup.getByRole('alert')).toContainText('The switch could not be saved');
  await expect(siteSwitch).toBeChecked();
  await page.waitForTimeout(700);
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  // The same for the site's highlight mode: said, and the choice shown is the stored one.
  const modes = popup.getByRole('group', { name: 'Highlights on 127.0.0.1' });
  await modes.getByText('All claims').click();
  await expect(popup.getByRole('alert')).toContainText('Could not save the setting');
  await expect(modes.getByRole('radio', { name: /All claims/ })).not.toBeChecked();
});

test('two options tabs importing at once both keep their packs, and each lists the other', async ({
  context,
  extensionId,
}) => {
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  await Promise.all([tabA.goto(OPTIONS(extensionId)), tabB.goto(OPTIONS(extensionId))]);
  await Promise.all([
    tabA
      .getByLabel(/Pack file/)
      .setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(renamedPack('a')) }),
    tabB
      .getByLabel(/Pack file/)
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(renamedPack('b')) }),
  ]);
  for (const tab of [tabA, tabB]) {
    await expect(tab.getByRole('status')).toContainText('Imported');
    await expect(tab.getByRole('list', { name: 'Loaded packs' }).getByRole('heading')).toHaveCount(3);
  }
  // And after a reload, from storage.
  await tabA.reload();
  await expect(tabA.getByRole('list', { name: 'Loaded packs' }).getByRole('listitem')).toHaveCount(3);
});

test('a pack with 50,000 problems gets a short, readable list', async ({ context, extensionId }) => {
  const options = await context.newPage();
  const errors: string[] = [];
  options.on('pageerror', (error) => errors.push(String(error)));
  await options.goto(OPTIONS(extensionId));
  const bad = JSON.parse(packText());
  bad.topic.groups[0].terms = Array.from({ length: 50_000 }, () => '');
  await options.getByLabel(/Pack file/).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('“bad.json” was not imported: 50,000 problems.');
  await expect(alert.getByRole('listitem')).toHaveCount(100);
  await expect(alert.getByRole('listitem').first()).toHaveText('topic.groups[0].terms[0]: expected non-empty text');
  await expect(alert).toContainText('…and 49,900 more problems, not listed.');
  await expect(alert).not.toContainText('RangeError');
  expect(errors).toEqual([]);
});

test('a topic that fires on unrelated pages is refused, naming the page and the terms', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(OPTIONS(extensionId));
  const vague = JSON.parse(packText());
  vague.topic = { groups: [{ id: 'common', label: 'Common', weight: 1, terms: ['said'] }], required: [], threshold: 1 };
  await options.getByLabel(/Pack file/).setInputFiles({
    name: 'vague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(vague)),
  });
  await expect(options.getByRole('alert')).toContainText(
    'is not specific: it calls the unrelated page "generic news (en): city council budget" about this story',
  );
  await expect(options.getByRole('alert')).toContainText('with "said" (common)');
});

test('an imported pack exports byte for byte as imported, and is removed after a confirmation', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // Pages learn that packs exist from a content script registered while they do (imported-packs-flag.ts).
  const flagScripts = () =>
    serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map(({ js }) => js));
  const options = await context.newPage();
  await options.goto(OPTIONS(extensionId));
  // A byte-order mark and Windows line ends: an export that re-serialised the pack would lose both.
  const original = Buffer.from(`\uFEFF${packText().replace(/\n/g, '\r\n')}`, 'utf8');
  await options
    .getByLabel(/Pack file/)
    .setInputFiles({ name: 'riverton.json', mimeType: 'application/json', buffer: original });
  await expect(options.getByRole('status')).toContainText('Imported');
  await expect.poll(flagScripts).toEqual([['imported-packs.js']]);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: /^Export Riverton/ }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('riverton-bridge-tolls.json');
  expect(readFileSync(await saved.path()).equals(original)).toBe(true);

  const loaded = options.getByRole('list', { name: 'Loaded packs' }).getByRole('listitem');
  await options.getByRole('button', { name: /^Remove Riverton/ }).click();
  const confirm = options.getByRole('group', { name: /Remove “Riverton/ });
  await expect(confirm.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(loaded).toHaveCount(2);
  await options.getByRole('button', { name: /^Remove Riverton/ }).click();
  await options.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(loaded).toHaveCount(1);
  await expect.poll(flagScripts).toEqual([]);

  // The story is no longer recognised.
  const url = pageUrl('riverton.html');
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(join(PACKS, 'riverton-page.html')) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  await expect(page.locator('mark[data-claim]')).toHaveCount(0);
});

test('packs an earlier version kept in storage.local move to IndexedDB when the options page opens', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const pack = JSON.parse(packText());
  await serviceWorker.evaluate(
    (old) => chrome.storage.local.set({ importedPacks: [old], importedTopics: [{ packId: old.id, topic: old.topic }] }),
    pack,
  );
  const options = await context.newPage();
  await options.goto(OPTIONS(extensionId));
  await expect(options.getByRole('list', { name: 'Loaded packs' }).getByRole('listitem')).toHaveCount(2);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get(['importedPacks', 'importedTopics']))).toEqual({});
  // Its story is recognised through the background, like a pack imported now.
  const url = pageUrl('riverton.html');
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(join(PACKS, 'riverton-page.html')) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('mark[data-claim="riverton-free-crossings"]').first()).toBeVisible();
});
