/**
 * PRIVACY.md says nothing leaves the browser: on a story page, with a popover
 * open, the source opened in the reader and the popup asked, every request
 * the browser makes is for the page itself or the extension's own files.
 */
import { expect, openArticle, openPopupFor, pageUrl, test } from './extension.ts';

test('reading a story page, its popover, the reader and the popup request nothing from anywhere else', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await openArticle(context, 'kazinform.html');
  await page.locator('mark[data-claim="exclusive-access"]').first().click();
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await expect(reader.locator('mark').first()).toBeVisible();
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  await expect(popup.getByRole('list', { name: /claims/i })).toBeVisible();

  const ours = (url: string) =>
    url === pageUrl('kazinform.html') || url.startsWith(`chrome-extension://${extensionId}/`);
  expect(requests.length).toBeGreaterThan(3); // The recorder saw the page and the extension's files.
  expect(requests.filter((url) => !ours(url))).toEqual([]);
});
