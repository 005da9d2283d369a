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

test('a page that keeps adding text is read again, and switching off still restores it', async ({
  context,
  serviceWorker,
}) => {
  // A live blog: the story is there at load, a new entry with another claim arrives later.
  const addEntry = `setTimeout(() => {
    const p = document.createElement('p');
    p.id = 'update';
    p.textContent = 'Update: the ministry repeated that Kazakhstan is the first country in Central Asia to have ' +
      'access to the system, and said that its specialists had been trained to use it. ' +
      'Officials gave no further details on how many reports they had filed so far this month, ' +
      'nor on which of them had led to content being removed from the platform in Kazakhstan.';
    document.querySelector('article').append(p);
  }, 2500);`;
  const url = pageUrl('live.html');
  const body = `<!doctype html><html lang="en"><head><title>Live: Facebook and Kazakhstan</title></head>
<body><article><p>Kazakhstan's Ministry of Information and Social Development says Facebook has provided Kazakhstan
direct and exclusive access to Facebook's Content Reporting System. Meta spokesman Ben McConaghy denied it.</p></article>
<script>${addEntry}</script></body></html>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('mark[data-claim="exclusive-access"]')).toBeVisible();
  await expect(page.locator('#update mark[data-claim="first-in-central-asia"]').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('mark[data-claim="exclusive-access"]')).toHaveCount(1); // Read again, not marked twice.

  // Switched off for the site (what the popup's switch stores), the article is as the page made it.
  const markedUp = await page.evaluate(() => document.querySelector('article')!.textContent);
  await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
  await expect(page.locator('mark, [data-counterpoint]')).toHaveCount(0);
  const article = await page.evaluate(() => {
    const element = document.querySelector('article')!;
    return { text: element.textContent, children: [...element.children].map((child) => child.outerHTML) };
  });
  expect(article.text).toBe(markedUp);
  expect(article.children).toEqual([
    expect.stringMatching(/^<p>Kazakhstan's Ministry[^<]*<\/p>$/),
    expect.stringMatching(/^<p id="update">Update:[^<]*<\/p>$/),
  ]);
});
