/**
 * The claim popover: opened by mouse and keyboard, showing who said what for
 * and against, closing on outside click and Escape, linking to the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/chromium.ts';
import { expect, openArticle, test } from './extension.ts';

test('a story page is matched in the background: the corpus loads into it only when a popover opens', async ({
  context,
}) => {
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (!request.serviceWorker() && request.url().startsWith('chrome-extension://')) fetched.push(request.url());
  });
  const page = await openArticle(context, 'kazinform.html');
  const mark = page.locator('mark[data-claim="exclusive-access"]').first();
  await expect(mark).toBeVisible();
  // The words of a statement of the built-in pack: in the pack's chunk (and the folded sources').
  const pack = JSON.parse(readFileSync('corpus/kazakhstan-facebook-crs.json', 'utf8')) as {
    statements: { quote: { exact: string } }[];
  };
  const words = pack.statements[0]!.quote.exact;
  const holdingThem = () =>
    fetched.filter((url) => readFileSync(join(DIST, new URL(url).pathname), 'utf8').includes(words));
  // The background detected the topic (the page passed the needles); stage 2 came as the
  // extension's files: the scanner, the modules it shares with other parts of the extension, and
  // those it shares with the extension's pages too (vite.config.ts groups them: each file is a
  // request the page's main thread handles).
  expect(fetched.length, fetched.join('\n')).toBeGreaterThan(0);
  expect(fetched.length, fetched.join('\n')).toBeLessThanOrEqual(3);
  expect(fetched[0], fetched.join('\n')).toMatch(/\/assets\/scanner-[\w-]+\.js$/);
  expect(holdingThem()).toEqual([]);
  await mark.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(holdingThem().length).toBeGreaterThan(0);
});

test('clicking a highlight shows the statements for and against, with speakers', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  const mark = page.locator('mark[data-claim="exclusive-access"]').first();
  await mark.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Disputed');
  await expect(dialog.locator('section', { hasText: /Contradicts/ })).toContainText('Ben McConaghy');
  const supports = dialog.locator('section', { hasText: /Supports/ }).first();
  await expect(supports).toContainText('Ministry of Information');
  // Reuters' quote of the ministry's words: the source names both sides, and it is one source with the ministry's.
  const reuters = supports.locator('li[data-statement="globe-direct-exclusive-access"]');
  await expect(reuters).toContainText('Attributed by the source to both');
  await expect(reuters).toContainText('Meta Platforms (Facebook)');
  await expect(reuters).toContainText(/Passes on the text published by Kazinform.*; counted once with it/);
  await page.screenshot({ path: 'test-results/popover.png' });
  await page.mouse.click(5, 880);
  await expect(dialog).toBeHidden();
});

test('keyboard: Tab reaches a highlight, Enter opens the popover, Escape closes it', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  let onMark = false;
  for (let i = 0; i < 60 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.activeElement?.matches('mark[data-claim]') ?? false);
  }
  expect(onMark).toBe(true);
  const claimId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.claim);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim)).toBe(claimId);
});

test('"Read in context" opens the source document with the statement highlighted', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  await page.locator('mark[data-claim="exclusive-access"]').first().click();
  const contradicts = page.getByRole('dialog').locator('section', { hasText: /Contradicts/ });
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    contradicts
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await reader.waitForLoadState();
  expect(reader.url()).toContain('/src/reader/index.html?doc=meta-denial');
  await expect(reader.locator('mark')).toContainText('exclusive');
  await expect(reader.locator('h1')).toContainText('Facebook denies Kazakh claim');
});

test('screen readers: highlights are named with their words, claim and status; the popover is a labelled dialog; focus comes back', async ({
  context,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  const mark = page.locator('mark[data-claim="exclusive-access"][role="button"]').first();
  await expect(mark).toBeVisible();
  const words = ((await mark.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  // Name: the page's words (label in name), then the claim's summary and its status.
  await expect(mark).toHaveAccessibleName(
    new RegExp(`^${words} — claim, disputed: Facebook gave the Kazakh government direct and exclusive access`),
  );
  // Every focusable highlight on the page is named that way, for claims and quotes alike.
  const names = await page
    .locator('mark[data-counterpoint][role="button"]')
    .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(3);
  for (const name of names)
    expect(name).toMatch(/ — (claim, (disputed|supported|contradicted|context): .+|quote check: .+)/);

  await mark.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /direct and exclusive access/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  // Closing with the dialog's own Close button, from the keyboard, puts focus back on the highlight.
  await dialog.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(mark).toBeFocused();
});
