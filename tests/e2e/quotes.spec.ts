/**
 * Quote verification in the page: automatic marks with their verdicts and the
 * word-level difference, and the on-demand check on an off-topic page.
 */
import { askPage, expect, openArticle, openPopupFor, test } from './extension.ts';

test('quotes are marked verbatim, altered or not found, and unattributed unknown quotes are left alone', async ({
  context,
}) => {
  const page = await openArticle(context, 'quotes.html');
  await expect(page.locator('mark[data-quote-verdict]').first()).toBeVisible();
  // A claim inside a quote keeps its own mark; the quote's mark runs around it.
  const verbatim = page.locator('mark[data-quote-verdict="verbatim"]').first();
  await expect(verbatim).toContainText('The government issued its');
  await verbatim.click();
  await expect(page.getByRole('dialog')).toContainText(/Verbatim/);
  await expect(page.getByRole('dialog')).toContainText('independent of Facebook');
  // Its source opens with the matched passage highlighted.
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await expect(reader.locator('mark')).toContainText(
    'The government issued its own statement, independent of Facebook',
  );
  await reader.close();
  await page.keyboard.press('Escape');
  await expect(page.locator('mark[data-quote-verdict="not-found"]')).toContainText(['Almaty']);
  await expect(page.locator('mark', { hasText: 'routine arrangement' })).toHaveCount(0);

  const variant = page.locator('mark[data-quote-verdict="variant"]').first();
  await expect(variant).toContainText('delighted to work');
  await variant.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/Altered/);
  await expect(dialog.locator('del').first()).toBeVisible();
  await expect(dialog.locator('ins').first()).toBeVisible();
});

test('the on-demand check works on a page about something else, and the popup lists it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openArticle(context, 'game.html');
  // The reader selects a quote they saw elsewhere, pasted into the page for the test.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'pasted';
    p.textContent = 'The government issued its own statement, independent of Facebook';
    document.body.prepend(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  expect(await page.locator('mark').count()).toBe(0);
  const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
  await expect(popup.getByText(/isn.t about the Facebook/)).toBeVisible();
  // The same message the context-menu item and the shortcut send (tested in quote-command.test.ts).
  await askPage(serviceWorker, tabId, 'checkSelection');
  await expect(page.getByRole('dialog')).toContainText(/Verbatim/);
  await popup.reload();
  await expect(popup.getByText(/independent of Facebook/)).toBeVisible();
});

test("a quote translated into the page's language is a translation with the speaker's statements, never 'not found'", async ({
  context,
}) => {
  const page = await openArticle(context, 'nl-report.html');
  const translated = page.locator('mark[data-quote-verdict="translation"]', { hasText: 'We volgen wereldwijd' });
  await expect(translated.first()).toBeAttached();
  await expect(page.locator('mark[data-quote-verdict="not-found"]')).toHaveCount(0);
  await translated.first().scrollIntoViewIfNeeded();
  await translated.first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('cannot be compared word for word');
  // The statement the Dutch renders comes first among McConaghy's.
  await expect(dialog.locator('.cp-sources > li').first()).toContainText('We follow a consistent global process');
});
