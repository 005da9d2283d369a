/**
 * The keyboard walk on a page drawn with marks (the painted pages are in
 * hydration.spec.ts): Alt+Shift+J and Alt+Shift+K go from highlight to
 * highlight in document order, open each one's popover with focus inside,
 * and leave typing in the page's fields alone.
 */
import { expect, openArticle, test } from './extension.ts';

test('Alt+Shift+J/K walk the marks in document order, open each popover, and skip while the reader types', async ({
  context,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const order = await page.$$eval('mark[data-counterpoint][role="button"]', (marks) =>
    marks.map((mark) => mark.getAttribute('aria-label')),
  );
  expect(order.length).toBeGreaterThan(5);
  const dialog = page.getByRole('dialog');
  const current = () =>
    page.evaluate(() => document.querySelector('mark[data-jump-target], mark:focus')?.getAttribute('aria-label'));

  for (const label of order.slice(0, 3)) {
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-counterpoint'))).toBe('popover');
    // Escape gives focus back to the mark the walk reached.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await current()).toBe(label);
  }
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('Escape');
  expect(await current()).toBe(order[1]);
  // Back past the first wraps round to the last.
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('Escape');
  expect(await current()).toBe(order.at(-1));

  // In a field the keys are the reader's typing, not the walk's.
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.id = 'search';
    document.body.prepend(field);
  });
  await page.locator('#search').focus();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await page.waitForTimeout(300);
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#search')).toBeFocused();
});
