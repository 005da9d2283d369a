/**
 * What a reader sees on article pages: highlights with the right claims on
 * pages about the story (English and Russian), none on near misses, and a page
 * that survives a hostile page.
 */
import { expect, openArticle, pageUrl, test } from './extension.ts';

const claimsOn = (page: import('@playwright/test').Page) =>
  page.$$eval('mark[data-claim]', (marks) => [...new Set(marks.map((mark) => (mark as HTMLElement).dataset.claim))]);

test('the government statement gets its central claims highlighted', async ({ context }) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toBeVisible();
  const claims = await claimsOn(page);
  expect(claims).toEqual(expect.arrayContaining(['exclusive-access', 'first-in-central-asia', 'training-october-28']));
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toHaveAttribute(
    'data-claim-status',
    'disputed',
  );
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toHaveAttribute('tabindex', '0');
});

test('a Russian article gets the central claims highlighted', async ({ context }) => {
  const page = await openArticle(context, 'ru-story.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  expect(await claimsOn(page)).toEqual(
    expect.arrayContaining(['exclusive-access', 'joint-statement', 'first-in-central-asia']),
  );
});

for (const nearMiss of ['vietnam.html', 'kz-oil.html', 'game.html', 'meta-general.html']) {
  test(`near miss ${nearMiss} gets no highlights and no change`, async ({ context }) => {
    const page = await openArticle(context, nearMiss);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(1500); // Stage 1 runs at document idle; give it time to (not) act.
    expect(await page.locator('mark, [data-counterpoint]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
}

test('a hostile page keeps working and its editors are left alone', async ({ context }) => {
  const page = await openArticle(context, 'hostile.html');
  await expect(page.locator('mark[data-claim]').first()).toBeAttached({ timeout: 20_000 });
  // The phrase ends each 1000th of 6000 flood paragraphs (~3.2 MB). Text is read up to its
  // first 2,000,000 characters (extractText's cap), which hold 3 of them: that far and no further.
  await expect(page.locator('#flood mark[data-claim="exclusive-access"]')).toHaveCount(3);
  await expect(page.locator('textarea mark, [contenteditable] mark, script mark')).toHaveCount(0);
  const editorValues = await page.evaluate(() => ({
    textarea: document.querySelector('textarea')?.value,
    editable: document.querySelector('[contenteditable]')?.textContent,
  }));
  expect(editorValues.textarea).toContain('direct and exclusive access');
  expect(editorValues.editable).toContain('direct and exclusive access');
  // Our highlight stays visible despite the page's `mark { display: none !important }`.
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  expect(await page.evaluate(() => 1 + 1)).toBe(2); // The page is still responsive.
});

test('an article that the page renders with scripts after loading is still found', async ({ context }) => {
  // An app shell: nearly empty at document idle, the article arrives from a script later.
  const render = `setTimeout(() => {
    document.title = 'Facebook gave Kazakhstan direct and exclusive access, ministry says';
    const p = document.createElement('p');
    p.textContent = "Kazakhstan's Ministry of Information and Social Development says Facebook has provided Kazakhstan " +
      "direct and exclusive access to Facebook's Content Reporting System. Meta spokesman Ben McConaghy denied it.";
    document.getElementById('app').replaceChildren(p);
  }, 300);`;
  const url = pageUrl('app-shell.html');
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Loading</title></head><body><div id="app">Loading</div><script>${render}</script></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('mark[data-claim="exclusive-access"]')).toBeVisible();
});

test('text in display: contents wrappers is read; hidden text is not', async ({ context }) => {
  const url = pageUrl('wrappers.html');
  const body = `<!doctype html><html lang="en"><head><title>Facebook gave Kazakhstan direct and exclusive access</title></head>
<body><article><div style="display: contents"><p id="shown">Kazakhstan's Ministry of Information and Social Development says
Facebook has provided Kazakhstan direct and exclusive access to Facebook's Content Reporting System.</p></div>
<p id="hidden" style="display: none">A hidden note: Facebook gave Kazakhstan direct and exclusive access.</p>
<p>Meta spokesman Ben McConaghy denied it.</p></article></body></html>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('#shown mark[data-claim="exclusive-access"]')).toBeVisible();
  await expect(page.locator('#hidden mark')).toHaveCount(0);
});
