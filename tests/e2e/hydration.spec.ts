/**
 * Server-rendered React 18 and React 19 pages that hydrate a few seconds after
 * load, and a React 18 page that hydrates the whole document, <head> included
 * (built at setup by fixtures/build-hydration-pages.ts). Counterpoint
 * reads them before hydration and must not change their DOM: its highlights
 * are painted (CSS Custom Highlight API), React reports no hydration error
 * (#418, #423, #425), and the reader still sees the highlights, opens a
 * popover by clicking the words, walks every claim with Alt+Shift+J/K, and
 * reaches them from the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openPopupFor, pageUrl, test } from './extension.ts';
import { buildHydrationPages, HYDRATION_DIR, REACT_VERSIONS } from './fixtures/build-hydration-pages.ts';
import { LEAD } from './fixtures/hydration-app.ts';
import { documentAndServed } from '../support/served-document.ts';
import { AMBER, boxOf, fillShare, GREEN, RING } from './painted-pixels.ts';

// Longer than the default, so the test can look at the page before React touches it.
const HYDRATE_AFTER_MS = 4000;
const CLAIM = 'direct and exclusive access';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildHydrationPages();
});

/** What the open popover is about: its claim, or its quote's heading. */
async function shownIn(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  const claim = await dialog.getAttribute('data-claim');
  return claim ? `claim ${claim}` : `quote ${await dialog.getByRole('heading').first().textContent()}`;
}

const phase = (page: Page) =>
  page.evaluate(() => (globalThis as { hydrationPhase?: string }).hydrationPhase ?? 'server markup');

for (const version of REACT_VERSIONS) {
  test(`${version.name}: painted before hydration, no hydration error, repainted after a re-render, clickable, walkable`, async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pageUrl(`hydration/${version.name}.html?hydrateAfter=${HYDRATE_AFTER_MS}`));

    // Before hydration: the claim is painted, and the DOM is byte for byte the server's.
    await expect.poll(() => fillShare(page, CLAIM), { timeout: HYDRATE_AFTER_MS }).toBeGreaterThan(0.3);
    expect(await phase(page)).toBe('server markup'); // Otherwise this test would prove nothing.
    // The whole document, <head> included, is the server's: no <mark>, no <style>, nothing.
    const served = readFileSync(join(HYDRATION_DIR, `${version.name}.html`), 'utf8');
    const [now, sent] = await page.evaluate(documentAndServed, served);
    expect(now).toBe(sent);

    // Hydration, then React re-renders the lead paragraph with new words around the claim.
    await expect.poll(() => phase(page), { timeout: 15_000 }).toBe('updated');
    await expect(page.locator('#lead')).toHaveText(LEAD.after);
    expect(errors.filter((text) => /hydrat|#41[0-9]|#42[0-9]|Minified React error/i.test(text))).toEqual([]);
    expect(errors).toEqual([]);
    // The painted claim followed the new text.
    await expect.poll(() => fillShare(page, CLAIM, AMBER, '#lead')).toBeGreaterThan(0.3);

    // A real click on the words opens the claim's popover next to them; Escape closes it.
    const box = (await boxOf(page, CLAIM, '#lead'))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('data-claim', 'exclusive-access');
    const dialogBox = (await dialog.boundingBox())!;
    expect(
      Math.abs(dialogBox.y - (box.y + box.height)) < 40 || Math.abs(dialogBox.y + dialogBox.height - box.y) < 40,
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // A click on plain text next to it is the page's: nothing opens.
    const plain = (await boxOf(page, 'the ministry said Facebook', '#lead'))!;
    await page.mouse.click(plain.x + 4, plain.y + plain.height / 2);
    await page.waitForTimeout(300);
    await expect(dialog).toBeHidden();

    // The popup lists the painted claims, and the badge counts them.
    const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
    const items = popup.getByRole('list', { name: /claims/i }).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const listed = await items.count();
    expect(listed).toBeGreaterThanOrEqual(3);
    await expect(
      popup.getByText(/Alt\+Shift\+J and Alt\+Shift\+K go to the next and the previous highlight/),
    ).toBeVisible();
    expect(await serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(listed));

    // "Jump to claim" in the popup opens the painted claim's popover in the page.
    await popup
      .getByRole('button', { name: /first country in Central Asia/i })
      .first()
      .click();
    await page.bringToFront();
    await expect(dialog).toBeVisible();
    const jumped = await dialog.getAttribute('data-claim');
    expect(jumped).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Alt+Shift+J walks every highlight in document order, going on from the claim jumped to, and
    // comes round again; Alt+Shift+K goes back.
    // Focus back in the page, by a click on its margin (a click on painted words would open them).
    await page.mouse.click(2, 2);
    const seen: string[] = [];
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect(dialog).toBeVisible();
      // Focus is inside the popover, so a screen reader announces it.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-counterpoint'))).toBe('popover');
      seen.push(await shownIn(page));
    }
    // Wrapped round: the sequence repeats with the period of the page's highlights.
    const period = [...Array(12).keys()]
      .slice(1)
      .find((p) => seen.every((id, i) => i + p >= seen.length || seen[i + p] === id));
    expect(period).toBeGreaterThan(listed - 1);
    // Not from the top but after the claim jumped to (the lead's "first in Central Asia" comes
    // after the headline's claim)...
    expect(seen[0]).not.toBe('claim content-reporting-access');
    // ...and in document order: once round, the headline's claim, then the lead's.
    const top = seen.indexOf('claim content-reporting-access');
    expect(seen.slice(top, top + 2)).toEqual(['claim content-reporting-access', 'claim exclusive-access']);
    const claimsSeen = new Set(seen.filter((id) => id.startsWith('claim ')));
    expect(claimsSeen.size).toBe(listed);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => shownIn(page)).toBe(seen.at(-2));
    expect(errors).toEqual([]);
  });
}

test('painted highlights follow the highlight mode, and what a page script dispatches opens nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(pageUrl('hydration/react18.html?hydrateAfter=500'));
  await expect.poll(() => phase(page), { timeout: 15_000 }).toBe('updated');
  await expect.poll(() => fillShare(page, CLAIM, AMBER, '#lead')).toBeGreaterThan(0.3);
  const dialog = page.getByRole('dialog');

  // A page's synthetic click on the painted words, and its synthetic Alt+Shift+J: not the reader's.
  const box = (await boxOf(page, CLAIM, '#lead'))!;
  await page.evaluate(
    ([x, y]) => {
      document
        .elementFromPoint(x!, y!)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
      const keys = { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', keys));
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  await page.waitForTimeout(500);
  await expect(dialog).toHaveCount(0);

  // All claims: a supported claim gets its green fill; None in the page: nothing is painted.
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  const group = popup.getByRole('group', { name: 'Highlights on 127.0.0.1' });
  const supported = 'first country in Central Asia';
  expect(await fillShare(page, supported, GREEN)).toBeLessThan(0.05);
  await group.getByText('All claims').click();
  await expect.poll(() => fillShare(page, supported, GREEN)).toBeGreaterThan(0.3);
  await group.getByText('None in the page').click();
  await expect.poll(() => fillShare(page, CLAIM, AMBER, '#lead')).toBeLessThan(0.02);
  expect(await fillShare(page, supported, GREEN)).toBeLessThan(0.02);

  // In "none" a click on the words is the page's; the shortcut still takes the reader to a claim and rings it.
  await page.bringToFront();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect(dialog).toHaveAttribute('data-claim', 'content-reporting-access'); // The headline's claim.
  // Its ring (rgba(26, 115, 232, .3) over white) shows where the reader is, though the mode paints nothing.
  await expect.poll(() => fillShare(page, 'access to its Content Reporting System', RING)).toBeGreaterThan(0.2);
  expect(errors).toEqual([]);
});
