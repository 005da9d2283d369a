/**
 * A page script trying to drive Counterpoint: forged marks, click() and
 * dispatched keys on forged and real marks, and clicks reached into the
 * popover's open shadow root on "Read in context". None of it opens a popover
 * or a tab; the reader's own clicks still do (so the tests can fail).
 */
import { expect, openArticle, test } from './extension.ts';

const POPOVER = '[data-counterpoint="popover"]';

test('a page script cannot open a popover: forged marks, click(), dispatched Enter and Space', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  const real = page.locator('mark[data-claim="exclusive-access"][role="button"]').first();
  await expect(real).toBeVisible();
  await page.evaluate(() => {
    // A mark written by the page, dressed as ours (its words match no claim, so we never mark inside it).
    const forged = document.createElement('mark');
    forged.id = 'forged';
    forged.className = 'counterpoint-claim';
    forged.setAttribute('data-counterpoint', 'highlight');
    forged.setAttribute('data-claim', 'joint-statement');
    forged.setAttribute('role', 'button');
    forged.tabIndex = 0;
    forged.textContent = 'click me';
    document.querySelector('article h1')!.append(' ', forged);
    for (const mark of [forged, ...document.querySelectorAll<HTMLElement>('mark[data-claim]')]) {
      mark.click();
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      mark.focus();
      for (const key of ['Enter', ' '])
        mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
    }
  });
  await page.waitForTimeout(1500);
  await expect(page.locator(POPOVER)).toHaveCount(0);
  // Even the reader's own click on a forged mark is the page's business, not ours.
  await page.locator('#forged').click();
  await page.waitForTimeout(1000);
  await expect(page.locator(POPOVER)).toHaveCount(0);
  // The reader's click on a real mark opens its popover.
  await real.click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a page script reaching into the open shadow root cannot open tabs with "Read in context"', async ({
  context,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await page.locator('mark[data-claim="exclusive-access"][role="button"]').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: /Read in context/ }).first()).toBeVisible();
  const before = context.pages().length;
  // Right after the reader's real click, so the page still has user activation while it loops.
  const clicked = await page.evaluate(async () => {
    const root = document.querySelector('[data-counterpoint="popover"]')!.shadowRoot!;
    // What a page can learn: the popover's text is there to read.
    const text = root.textContent ?? '';
    let clicks = 0;
    for (let round = 0; round < 20; round++) {
      for (const button of root.querySelectorAll<HTMLButtonElement>('button')) {
        if (!/Read in context/.test(button.textContent ?? '')) continue;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        clicks += 1;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return { clicks, readable: text.includes('McConaghy') };
  });
  expect(clicked.clicks).toBeGreaterThan(20);
  expect(clicked.readable).toBe(true);
  await page.waitForTimeout(1500);
  expect(context.pages()).toHaveLength(before);
  // The reader's own click opens exactly one reader tab.
  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    dialog
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click(),
  ]);
  await reader.waitForLoadState();
  expect(reader.url()).toContain('/src/reader/index.html?doc=');
  await page.waitForTimeout(500);
  expect(context.pages()).toHaveLength(before + 1);
});

test("a page rewriting a real mark's data-claim does not change what its popover says", async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  const real = page.locator('mark[data-claim="exclusive-access"][role="button"]').first();
  await real.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const honest = await dialog.innerText();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.evaluate(() => {
    const mark = document.querySelector('mark[data-claim="exclusive-access"][role="button"]')!;
    mark.id = 'rewritten';
    mark.setAttribute('data-claim', 'joint-statement');
  });
  await page.locator('#rewritten').click();
  await expect(dialog).toBeVisible();
  expect(await dialog.innerText()).toBe(honest);
});
