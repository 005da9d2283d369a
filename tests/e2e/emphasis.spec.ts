/**
 * Quiet by default: in the default mode only what a reader should question
 * has a fill; the mode is chosen per site in the popup (and as a default in
 * the options page), applies at once, survives a reload, and keyboard users
 * still reach every claim.
 */
import type { Page } from '@playwright/test';
import { expect, openArticle, openPopupFor, pageUrl, test } from './extension.ts';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Computed fill and underline of every mark, with what it marks. */
function markStyles(page: Page) {
  return page.$$eval('mark[data-counterpoint="highlight"]', (marks) =>
    marks.map((mark) => {
      const style = getComputedStyle(mark);
      const data = (mark as HTMLElement).dataset;
      return {
        claim: data.claim,
        status: data.claimStatus,
        repeat: data.claimRepeat !== undefined,
        verdict: data.quoteVerdict,
        emphasis: data.emphasis,
        fill: style.backgroundColor,
        border: `${style.borderBottomWidth} ${style.borderBottomStyle}`,
        underline: `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationThickness}`,
      };
    }),
  );
}

test('by default only disputed claims are filled; supported claims, repeats and verbatim quotes are quiet', async ({
  context,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toBeVisible();
  const styles = await markStyles(page);
  const disputedFirst = styles.filter((mark) => mark.status === 'disputed' && !mark.repeat);
  const quietClaims = styles.filter((mark) => mark.claim && (mark.status === 'supported' || mark.repeat));
  const verbatim = styles.filter((mark) => mark.verdict === 'verbatim');
  expect(disputedFirst.length).toBeGreaterThan(0);
  expect(quietClaims.length).toBeGreaterThan(3);
  expect(verbatim.length).toBeGreaterThan(0);
  for (const mark of disputedFirst) {
    expect(mark.fill).not.toBe(TRANSPARENT);
    expect(mark.border).toBe('2px dashed');
  }
  for (const mark of quietClaims)
    expect(mark).toMatchObject({ emphasis: 'quiet', fill: TRANSPARENT, border: '1px solid' });
  for (const mark of verbatim) expect(mark).toMatchObject({ fill: TRANSPARENT, underline: 'underline solid 1px' });
  // The repeat of a disputed claim is quiet too.
  expect(styles.find((mark) => mark.status === 'disputed' && mark.repeat)).toMatchObject({ fill: TRANSPARENT });
});

/** Fill and line of the first mark matching `selector`. */
function firstMarkLook(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((mark) => {
      const style = getComputedStyle(mark);
      return {
        fill: style.backgroundColor,
        border: `${style.borderBottomWidth} ${style.borderBottomStyle}`,
        underline: `${style.textDecorationLine} ${style.textDecorationThickness}`,
      };
    });
}

const DISPUTED = 'mark[data-claim="exclusive-access"]';
const SUPPORTED = 'mark[data-claim-status="supported"]';
const VERBATIM = 'mark[data-quote-verdict="verbatim"]';

test('the popup switches the site to all claims and to none at once, and each survives a reload', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator(DISPUTED).first()).toBeVisible();
  const claimIds = await page.$$eval('mark[data-claim]', (marks) => [
    ...new Set(marks.map((mark) => (mark as HTMLElement).dataset.claim)),
  ]);
  expect(await firstMarkLook(page, SUPPORTED)).toMatchObject({ fill: TRANSPARENT, border: '1px solid' });
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  const group = popup.getByRole('group', { name: 'Highlights on 127.0.0.1' });
  await expect(group.getByRole('radio', { name: /Contested only \(default\)/ })).toBeChecked();
  await popup.getByText('What the marks mean').click(); // The legend is a disclosure, closed until asked.
  await expect(popup.getByRole('list', { name: 'What the marks mean' }).getByRole('listitem')).toHaveCount(6);

  // All claims: supported claims get their fill and solid line, verbatim quotes their full underline.
  await group.getByText('All claims').click();
  await expect(group.getByRole('radio', { name: /All claims/ })).toBeChecked();
  await expect.poll(() => firstMarkLook(page, SUPPORTED)).toMatchObject({ border: '2px solid' });
  expect((await firstMarkLook(page, SUPPORTED)).fill).not.toBe(TRANSPARENT);
  expect(await firstMarkLook(page, VERBATIM)).toMatchObject({ underline: 'underline 2px' });
  await expect(popup.getByRole('list', { name: 'What the marks mean' }).getByRole('listitem')).toHaveCount(9);
  await page.reload();
  await expect(page.locator(SUPPORTED).first()).toBeAttached();
  await expect.poll(() => firstMarkLook(page, SUPPORTED)).toMatchObject({ border: '2px solid' });

  // None in the page: nothing is drawn, the marks stay (out of the tab order), the popup lists every claim.
  await popup.reload();
  await group.getByText('None in the page').click();
  await popup.getByText('What the marks mean').click();
  await expect
    .poll(() => firstMarkLook(page, DISPUTED))
    .toEqual({ fill: TRANSPARENT, border: '0px none', underline: expect.stringMatching(/^none /) });
  expect(await firstMarkLook(page, VERBATIM)).toMatchObject({
    fill: TRANSPARENT,
    underline: expect.stringMatching(/^none /),
  });
  await expect(page.locator(`${DISPUTED}[tabindex]`).first()).toHaveAttribute('tabindex', '-1');
  await expect(popup.getByText('Nothing is marked in the page')).toBeVisible();
  await expect(popup.getByRole('list', { name: /claims/i }).getByRole('listitem')).toHaveCount(claimIds.length);
  await page.reload();
  await expect(page.locator(DISPUTED).first()).toBeAttached();
  await expect.poll(() => firstMarkLook(page, DISPUTED)).toMatchObject({ fill: TRANSPARENT, border: '0px none' });

  // A click on the plain text is the page's; the popup still jumps to the claim, and Enter opens it there.
  const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  await page.locator(DISPUTED).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await outline()).toBe('none');
  await popup.reload();
  await popup
    .getByRole('button', { name: /exclusive access/i })
    .first()
    .click();
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim))
    .toBe('exclusive-access');
  expect(await outline()).toBe('solid'); // Ringed where the popup jumped to.
  await page.bringToFront();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('Disputed');
});

test('keyboard users reach every claim on the page in the default mode, quiet ones included', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator(DISPUTED).first()).toBeVisible();
  const onPage = await page.$$eval('mark[data-claim]', (marks) => [
    ...new Set(marks.map((mark) => (mark as HTMLElement).dataset.claim!)),
  ]);
  const reached = new Set<string>();
  const quietReached = new Set<string>();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.tagName === 'BODY'
        ? null
        : { claim: element?.dataset.claim, emphasis: element?.dataset.emphasis };
    });
    if (focused?.claim) reached.add(focused.claim);
    if (focused?.claim && focused.emphasis === 'quiet') quietReached.add(focused.claim);
    if (reached.size === onPage.length) break;
  }
  expect([...reached].sort()).toEqual([...onPage].sort());
  expect(quietReached.size).toBeGreaterThan(3);
  // Enter on a quiet claim opens its popover like any other.
  await page.locator('mark[data-emphasis="quiet"][data-claim-status="supported"][tabindex="0"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('Supported');
});

test('the default mode is set in the options page, and a site keeps its own choice', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const group = options.getByRole('group', { name: 'Default for every site' });
  await expect(group.getByRole('radio', { name: /Contested only/ })).toBeChecked();
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator(DISPUTED).first()).toBeVisible();

  await options.bringToFront();
  await group.getByText('All claims').click();
  await expect(options.getByText('Saved.')).toBeVisible();
  // An open tab follows the new default at once.
  await expect.poll(() => firstMarkLook(page, SUPPORTED)).toMatchObject({ border: '2px solid' });

  // The popup tags the default; choosing another mode for the site overrides it there only.
  const { popup } = await openPopupFor(context, serviceWorker, extensionId, page);
  const siteGroup = popup.getByRole('group', { name: 'Highlights on 127.0.0.1' });
  await expect(siteGroup.getByRole('radio', { name: /All claims \(default\)/ })).toBeChecked();
  await siteGroup.getByText('Contested only').click();
  await expect.poll(() => firstMarkLook(page, SUPPORTED)).toMatchObject({ fill: TRANSPARENT });
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['emphasisSites', 'emphasisDefault']));
  expect(stored).toEqual({ emphasisSites: { '127.0.0.1': 'contested' }, emphasisDefault: 'all' });
  // Choosing the default again forgets the site's choice, so it follows later changes of the default.
  await siteGroup.getByText('All claims').click();
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('emphasisSites')))
    .toEqual({
      emphasisSites: {},
    });
});

test('a quote pinned on the wrong person stands out; the same words credited rightly stay quiet', async ({
  context,
}) => {
  const url = pageUrl('misattributed.html');
  const body = `<!doctype html><html lang="en"><head><title>Facebook and Kazakhstan: the content reporting system</title></head>
<body><article><p>Kazakhstan's Ministry of Information and Social Development says Facebook has provided Kazakhstan
direct and exclusive access to Facebook's Content Reporting System.</p>
<p id="wrong">Minister Aida Balaeva said: “The government issued its own statement, independent of Facebook.”</p>
<p id="right">Meta spokesman Ben McConaghy said: “The government issued its own statement, independent of Facebook.”</p>
</article></body></html>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(url);
  const wrong = page.locator('#wrong mark[data-quote-verdict]').first();
  await expect(wrong).toHaveAttribute('data-quote-misattributed', '');
  await expect(wrong).toHaveAttribute('data-emphasis', 'notable');
  expect(await firstMarkLook(page, '#wrong mark[data-quote-verdict]')).toMatchObject({ underline: 'underline 3px' });
  expect(await wrong.evaluate((mark) => getComputedStyle(mark).textDecorationStyle)).toBe('double');
  await expect(page.locator('#right mark[data-quote-verdict]').first()).toHaveAttribute('data-emphasis', 'quiet');
  expect(await firstMarkLook(page, '#right mark[data-quote-verdict]')).toMatchObject({ underline: 'underline 1px' });
});

test('on a dark page the quiet line follows the light text, and notable fills stay translucent', async ({
  context,
}) => {
  const page = await openArticle(context, 'dark.html');
  await expect(page.locator(DISPUTED).first()).toBeVisible();
  const colours = await page.evaluate(() => {
    // The browser's own resolution of a CSS colour, read back as sRGB bytes from a canvas.
    const bytes = (css: string) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.fillStyle = '#111111';
      context.fillRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const quiet = document.querySelector('mark[data-emphasis="quiet"][data-claim]')!;
    const disputed = document.querySelector('mark[data-claim="exclusive-access"]')!;
    return {
      quietLine: bytes(getComputedStyle(quiet).borderBottomColor),
      disputedFill: bytes(getComputedStyle(disputed).backgroundColor),
      text: bytes(getComputedStyle(disputed).color),
    };
  });
  const luminance = (rgb: number[]) => rgb.reduce((sum, value) => sum + value, 0) / 3;
  expect(luminance(colours.quietLine)).toBeGreaterThan(100); // A light line on #111, not the dark text of light pages.
  expect(luminance(colours.disputedFill)).toBeLessThan(90); // The amber fill over #111 stays dark ...
  expect(luminance(colours.text)).toBeGreaterThan(200); // ... under the page's own light text.
});
