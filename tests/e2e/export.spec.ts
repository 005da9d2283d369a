/**
 * Exports and citations in the real extension: the popup downloads and copies
 * the page's findings, the Web Annotations re-anchor to the highlighted words
 * of the page they came from, and a popover copies a citation to the clipboard.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openArticle, openPopupFor, pageUrl, test } from './extension.ts';

interface Selectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

async function download(popup: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('the popup downloads a Markdown report and Web Annotations that re-anchor on the page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  await expect(popup.getByRole('heading', { name: 'Export findings' })).toBeVisible();

  const markdown = await download(popup, /Download Markdown report/);
  expect(markdown).toMatch(/^# Counterpoint report: Ministry of Information/);
  expect(markdown).toContain(`- Page: <${pageUrl('kazinform.html')}>`);
  expect(markdown).toMatch(/### \d+\. Facebook gave the Kazakh government direct and exclusive access/);
  await expect(
    popup.getByRole('status').filter({ hasText: /Downloaded counterpoint-127\.0\.0\.1-.*\.md/ }),
  ).toBeVisible();

  const collection = JSON.parse(await download(popup, /Download Web Annotations/)) as {
    '@context': string;
    first: { items: { target: { source: string; selector: Record<string, unknown>[] }; body: { value?: string }[] }[] };
  };
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const items = collection.first.items;
  // One annotation per highlight: each highlight's first mark is its focusable one.
  expect(items.length).toBe(await page.locator('mark[role="button"]').count());

  // Re-anchor every annotation on the page it came from, as an annotation tool would.
  const anchored = await page.evaluate(
    (selectors) => {
      const text = document.body.textContent ?? '';
      return selectors.map((s) => ({
        byPosition: text.slice(s.start, s.end) === s.exact,
        byQuote: text.indexOf(s.prefix + s.exact + s.suffix) + s.prefix.length === s.start,
      }));
    },
    items.map(({ target }) => ({ ...target.selector[0], ...target.selector[1] }) as unknown as Selectors),
  );
  expect(anchored.every((a) => a.byPosition && a.byQuote)).toBe(true);
  expect(items.every(({ target }) => target.source === pageUrl('kazinform.html'))).toBe(true);

  // The annotation for "direct and exclusive access" points at exactly what the extension highlighted.
  const highlighted = await page
    .locator('mark[data-claim="exclusive-access"]')
    .evaluateAll((all) => all.map((m) => m.textContent).join(''));
  const exclusive = items.find((item) => item.body.some((b) => b.value?.startsWith('Claim (disputed): Facebook gave')));
  expect((exclusive!.target.selector[0] as { exact: string }).exact).toBe(highlighted);
});

test('the popup copies ClaimReview drafts with the reviewer set on the options page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read'], { origin: pageUrl('').replace(/\/$/, '') });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel('Organisation').fill('Factcheck Desk');
  await options.getByRole('button', { name: 'Save reviewer' }).click();
  await expect(options.getByText('Saved', { exact: true })).toBeVisible();

  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  await popup.getByRole('button', { name: /Copy ClaimReview drafts/ }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  // Read back in the article's tab, whose origin may read the clipboard.
  await page.bringToFront();
  const drafts = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    '@graph': { author: { name: string }[]; reviewRating: { alternateName: string } }[];
  };
  expect(drafts['@graph'].length).toBeGreaterThan(0);
  expect(drafts['@graph'][0]!.author[0]!.name).toBe('Factcheck Desk');
  await popup.bringToFront();
  await popup.getByText(/Before publishing, fill in/).click();
  await expect(popup.getByText(/url: the address of your published fact-check article/)).toBeVisible();
});

test('a popover copies a statement’s citation, plain and Markdown, and says "Copied"', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pageUrl('').replace(/\/$/, '') });
  const page = await openArticle(context, 'kazinform.html');
  await page.locator('mark[data-claim="exclusive-access"]').first().click();
  const dialog = page.getByRole('dialog');
  const statement = dialog.locator('li[data-statement="denial-mcconaghy-same-process"]');
  await statement.getByRole('button', { name: /^Copy citation/ }).click();
  await expect(statement.getByRole('status')).toHaveText('Copied');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toMatch(
    /^Ben McConaghy \(Meta spokesman, Meta Platforms\), quoted in .*, 2 November 2021: “We follow a consistent global process/,
  );
  expect(plain).toContain('(no URL in the source)');

  await statement.getByRole('button', { name: /^Copy as Markdown/ }).click();
  await expect(statement.getByRole('status')).toHaveText('Copied as Markdown');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Ben McConaghy .*, quoted in \*.*\*, /);
  // The popover stays open and the page's DOM gains nothing outside our shadow root.
  await expect(dialog).toBeVisible();
  expect(await page.locator('textarea').count()).toBe(0);
});

test('where the page denies the async clipboard, copying falls back to a selection in the shadow root', async ({
  context,
}) => {
  await context.grantPermissions(['clipboard-read'], { origin: pageUrl('').replace(/\/$/, '') });
  const page = await context.newPage();
  // The page forbids the async clipboard for itself (and so for our content script).
  await page.route(pageUrl('kazinform.html'), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'permissions-policy': 'clipboard-write=()' } });
  });
  await page.goto(pageUrl('kazinform.html'));
  expect(
    await page.evaluate(() =>
      navigator.clipboard.writeText('x').then(
        () => 'allowed',
        () => 'denied',
      ),
    ),
  ).toBe('denied');
  await page.locator('mark[data-claim="exclusive-access"]').first().click();
  const statement = page.getByRole('dialog').locator('li[data-statement="denial-mcconaghy-same-process"]');
  await statement.getByRole('button', { name: /^Copy citation/ }).click();
  await expect(statement.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Ben McConaghy .*“We follow a consistent/);
  await expect(statement.getByRole('button', { name: /^Copy citation/ })).toBeFocused();
});
