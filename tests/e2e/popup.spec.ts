/**
 * The toolbar popup and badge: the page's claims with their status, the badge
 * count, focusing a claim, and the per-site switch that removes every trace.
 */
import { expect, openArticle, openPopupFor, test } from './extension.ts';

test('popup lists the claims, the badge counts them, and the switch turns the site off and on', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const claims = await page.$$eval(
    'mark[data-claim]',
    (marks) => new Set(marks.map((m) => (m as HTMLElement).dataset.claim)).size,
  );
  const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);

  await expect(popup.getByText(/About the story/)).toBeVisible();
  await expect(popup.getByRole('list', { name: /claims/i }).getByRole('listitem')).toHaveCount(claims);
  const badge = await serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe(String(claims));

  await popup
    .getByRole('button', { name: /exclusive access/i })
    .first()
    .click();
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim))
    .toBe('exclusive-access');

  // The reader clicks the switch's visible label; the checkbox itself is drawn as a track.
  const siteSwitch = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await expect(siteSwitch).not.toBeChecked();
  await expect(page.locator('mark, [data-counterpoint]')).toHaveCount(0);
  await expect.poll(() => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  const afterOff = await page.evaluate(() => document.documentElement.outerHTML);
  await page.reload();
  await page.waitForTimeout(1500);
  // Off for this site, the reloaded page is untouched; the page we switched off must equal it.
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(afterOff);

  await popup.reload();
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await expect(siteSwitch).toBeChecked();
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
});

test('popup on an unrelated page says plainly that it is not about the story', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openArticle(context, 'vietnam.html');
  await page.waitForTimeout(1000);
  const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
  await expect(popup.getByText(/isn.t about the Facebook/)).toBeVisible();
  // The page pays for no message listener: a runtime message finds no receiver in it. The popup's
  // question reached the answer stage 1 left in its isolated world (src/platform/page-answer.ts).
  const heard = (id: number) =>
    chrome.tabs.sendMessage(id, { method: 'getReport', payload: {} }).then(
      () => true,
      () => false,
    );
  expect(await serviceWorker.evaluate(heard, tabId)).toBe(false);
  // The page names Facebook but nothing of Kazakhstan: stage 1 rules it out on its needles alone,
  // and the popup's "why not" is the full detection, worked out when asked. The page is short, so
  // the verdict comes after its second look, 2.5 s after load.
  await expect
    .poll(async () => {
      await popup.reload();
      return popup.getByText(/^Mentions only .*Facebook/).isVisible();
    })
    .toBe(true);
  expect(await serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');

  // The site switch works here too, and shows the stored state after the popup reopens.
  await popup.getByText(/On for 127\.0\.0\.1/).click();
  await popup.reload();
  await expect(popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ })).not.toBeChecked();
  await expect(popup.getByText(/Counterpoint is off for 127\.0\.0\.1/)).toBeVisible();
});

test('popup on a page Counterpoint cannot read says so instead of waiting', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // A page without the content script: here one the extension may not script at all.
  const page = await context.newPage();
  await page.goto('about:blank');
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  await expect(popup.getByText(/Counterpoint reads web pages \(http and https\)/)).toBeVisible();
});
