/**
 * The accessibility audit: axe-core at WCAG 2.1 A and AA on every surface
 * Counterpoint draws (the toolbar popup, the open claim popover inside its
 * shadow root with the highlights it belongs to, the story packs page and
 * the reader page) in the light and the dark colour scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openArticle, openPopupFor, test } from './extension.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations on `page` (limited to `include`), as readable lines: rule, impact, where. */
async function violations(page: Page, scheme: 'light' | 'dark', include?: string[]): Promise<string[]> {
  // The audit is only worth its name if the page really renders in the scheme asked for.
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  for (const selector of include ?? []) builder = builder.include(selector);
  const { violations: found } = await builder.analyze();
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} ${node.failureSummary}`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test('the popup has no WCAG 2.1 AA violations', async ({ context, serviceWorker, extensionId }) => {
      const page = await openArticle(context, 'kazinform.html');
      await expect(page.locator('mark[data-claim]').first()).toBeVisible();
      const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByRole('list', { name: /claims/i })).toBeVisible();
      expect(await violations(popup, colorScheme)).toEqual([]);
    });

    test('the open popovers and the highlights have no WCAG 2.1 AA violations', async ({ context }) => {
      // ZDNet's article has claims and checked quotes, so both kinds of highlight are audited.
      const page = await openArticle(context, 'zdnet.html');
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('mark.counterpoint-quote').first()).toBeAttached();
      await page.locator('mark.counterpoint-claim[role="button"]').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      // Only what Counterpoint adds: the fixture page's own markup is not ours to audit.
      const ours = ['[data-counterpoint="popover"]', 'mark.counterpoint-claim', 'mark.counterpoint-quote'];
      expect(await violations(page, colorScheme, ours)).toEqual([]);
      // The quote popover too (the same one the on-demand quote check shows).
      await page.keyboard.press('Escape');
      await page.locator('mark.counterpoint-quote[role="button"]').first().click();
      await expect(page.getByRole('dialog', { name: /./ })).toContainText(/quote check/i);
      expect(await violations(page, colorScheme, ours)).toEqual([]);
    });

    test('the story packs page has no WCAG 2.1 AA violations', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await expect(page.getByRole('heading').first()).toBeVisible();
      expect(await violations(page, colorScheme)).toEqual([]);
    });

    test('the reader page has no WCAG 2.1 AA violations', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(
        `chrome-extension://${extensionId}/src/reader/index.html?doc=meta-denial-2021-11-02&statement=denial-lede&claim=exclusive-access`,
      );
      await expect(page.locator('h1')).toContainText('Facebook denies');
      await expect(page.locator('mark').first()).toContainText('denied a claim');
      expect(await violations(page, colorScheme)).toEqual([]);
    });
  });
}
