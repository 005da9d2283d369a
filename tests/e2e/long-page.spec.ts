/**
 * A page with thousands of highlights (the bench's story page, 300 KB of
 * the fixture pages' paragraphs) is painted rather than marked
 * (choose-renderer.ts): no node of the page changes, yet the reader sees
 * the highlights at the top and far down, opens a popover by clicking the
 * words, walks on with Alt+Shift+J, and switching off leaves the page as served.
 */
import { storyPage } from '../../scripts/bench/bench-pages.ts';
import { documentAndServed } from '../support/served-document.ts';
import type { BrowserContext } from '@playwright/test';
import { expect, pageUrl, test } from './extension.ts';
import { AMBER, boxOf, fillShare, GREEN, lastParagraphWith, ourPaintedRanges } from './painted-pixels.ts';

const CLAIM = 'direct and exclusive access';

/** Serves the bench's story page with about `chars` characters of text as `name`, and opens it. */
async function openStoryPage(context: BrowserContext, name: string, chars: number) {
  const served = storyPage(chars);
  await context.route(pageUrl(name), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: served }),
  );
  const page = await context.newPage();
  await page.goto(pageUrl(name));
  return { page, served };
}

test('a page with thousands of highlights is painted: its DOM stays as served, and every highlight is reachable', async ({
  context,
  serviceWorker,
}) => {
  const { page, served } = await openStoryPage(context, 'long-story.html', 300_000);

  await expect.poll(() => fillShare(page, CLAIM), { timeout: 20_000 }).toBeGreaterThan(0.3);
  // More than marks are worth, painted: the registry holds those near the viewport only (a few
  // screens' worth of the thousands: near-viewport.ts), and the DOM is the server's.
  await expect(page.locator('mark')).toHaveCount(0);
  const near = await page.evaluate(ourPaintedRanges);
  expect(near).toBeGreaterThan(10);
  expect(near).toBeLessThan(400);
  const [now, sent] = await page.evaluate(documentAndServed, served);
  expect(now).toBe(sent);

  // Far down the page the claim is a repeat, quiet in the default mode; in "all" it is filled as the first.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ emphasisDefault: 'all' }));
  const last = await page.evaluate(lastParagraphWith, CLAIM);
  await expect.poll(() => fillShare(page, CLAIM, AMBER, last)).toBeGreaterThan(0.3);
  // A click on it opens its popover.
  const box = (await boxOf(page, CLAIM, last))!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-claim', 'exclusive-access');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The keyboard walk goes on from there to the next highlight, not from the top of the page.
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-counterpoint'))).toBe('popover');
  expect(await page.evaluate(() => scrollY / document.body.scrollHeight)).toBeGreaterThan(0.9);
  await page.keyboard.press('Escape');

  // Far from the top, the top's highlights are no longer registered; back there, they are again.
  // (Not counting the ring of the claim the walk jumped to, a highlight of its own.)
  const firstParagraph = await page.evaluate((claim) => {
    const at = [...document.querySelectorAll('article > p')].findIndex((p) => p.textContent!.includes(claim));
    return `article > p:nth-of-type(${at + 1})`;
  }, CLAIM);
  const paintedIn = (selector: string) =>
    page.evaluate(
      (selector) =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('counterpoint-') && name !== 'counterpoint-jump')
          .flatMap(([, highlight]) => [...highlight])
          .filter((range) => document.querySelector(selector)!.contains(range.startContainer)).length,
      selector,
    );
  expect(await paintedIn(firstParagraph)).toBe(0);
  expect(await paintedIn(last)).toBeGreaterThan(0);
  await page.evaluate(() => scrollTo(0, 0));
  await expect.poll(() => paintedIn(firstParagraph)).toBeGreaterThan(0);
  await expect.poll(() => paintedIn(last)).toBe(0);
  await expect.poll(() => fillShare(page, CLAIM)).toBeGreaterThan(0.3);

  // Switched off for the site: nothing painted, nothing left in the page.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
  await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center' }), last);
  await expect.poll(() => fillShare(page, CLAIM, AMBER, last)).toBeLessThan(0.05);
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('counterpoint-'))),
  ).toEqual([]);
  const [after] = await page.evaluate(documentAndServed, served);
  expect(after).toBe(sent);
});

test('a long page built like a news site keeps painted what the reader sees: a sticky header, a sidebar, the text scrolled to', async ({
  context,
}) => {
  // A sticky header with the claim, then a grid of the article and, after it in document order,
  // a sidebar beside the article's top: the order the near-viewport search cannot take as is.
  const served = storyPage(300_000)
    .replace(
      '<body>',
      '<body><header style="position: sticky; top: 0; background: #fff; z-index: 1">' +
        '<p>Kazakhstan says Facebook gave it direct and exclusive access</p></header>' +
        '<div style="display: grid; grid-template-columns: 1fr 300px">',
    )
    .replace('</article>', '</article><aside><p>Meta denied it gave direct and exclusive access</p></aside></div>');
  await context.route(pageUrl('news-site.html'), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: served }),
  );
  const page = await context.newPage();
  await page.goto(pageUrl('news-site.html'));
  const paintedIn = (selector: string) =>
    page.evaluate(
      (selector) =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('counterpoint-'))
          .flatMap(([, highlight]) => [...highlight])
          .filter((range) => document.querySelector(selector)!.contains(range.startContainer)).length,
      selector,
    );
  await expect.poll(() => paintedIn('article'), { timeout: 20_000 }).toBeGreaterThan(10);
  await expect(page.locator('mark')).toHaveCount(0);
  expect(await paintedIn('header')).toBeGreaterThan(0);
  expect(await paintedIn('aside')).toBeGreaterThan(0);

  // Half way down: the header is still on screen and painted, and so is the text in view; the
  // sidebar, far above now, is not registered.
  const inView = await page.evaluate(() => {
    scrollTo(0, document.body.scrollHeight / 2);
    const paragraphs = [...document.querySelectorAll('article > p')];
    const at = paragraphs.findIndex((p) => p.getBoundingClientRect().top > innerHeight / 2);
    return `article > p:nth-of-type(${at + 1})`;
  });
  await expect.poll(() => paintedIn(inView)).toBeGreaterThan(0);
  await expect.poll(() => paintedIn('aside')).toBe(0);
  expect(await paintedIn('header')).toBeGreaterThan(0);
  expect(await fillShare(page, 'direct and exclusive access', AMBER, 'header')).toBeGreaterThan(0.3);
});

test('a marked article that grows past 1,000 highlights is painted once it does; a later entry is painted without a blink', async ({
  context,
  serviceWorker,
}) => {
  const { page } = await openStoryPage(context, 'endless-story.html', 3_000);
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  expect(await page.evaluate(ourPaintedRanges)).toBe(0);

  // Endless scrolling: the article's paragraphs come again and again, 300 KB of them.
  const grown = await page.evaluate(() => {
    const article = document.querySelector('article')!;
    const paragraphs = [...article.querySelectorAll('p')].map((p) => p.textContent!);
    for (let length = 0, i = 0; length < 300_000; i += 1) {
      const p = document.createElement('p');
      p.textContent = paragraphs[i % paragraphs.length]!;
      article.append(p);
      length += p.textContent.length;
    }
    return article.textContent;
  });
  // Painted (near the viewport: near-viewport.ts), no mark left.
  await expect.poll(() => page.evaluate(ourPaintedRanges), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.locator('mark')).toHaveCount(0);
  // The words the marks held are painted now: the article's first claim, a supported one, has
  // its green fill in "All claims".
  await serviceWorker.evaluate(() => chrome.storage.local.set({ emphasisDefault: 'all' }));
  await page.evaluate(() => scrollTo(0, 0));
  await expect
    .poll(() => fillShare(page, 'access to its content reporting system', GREEN, 'article > p'))
    .toBeGreaterThan(0.3);
  expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(grown);

  // A new entry at the end, where the reader is: painted once read again, while every other
  // highlight there stays painted on every frame.
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.evaluate(`globalThis.ourPaintedRanges = ${ourPaintedRanges}`);
  const atTheEnd = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        // Once the scroll has had a frame to register what is near the end.
        const count = (globalThis as unknown as { ourPaintedRanges: () => number }).ourPaintedRanges;
        requestAnimationFrame(() => requestAnimationFrame(() => done(count())));
      }),
  );
  expect(atTheEnd).toBeGreaterThan(10);
  await page.evaluate(() => {
    const count = (globalThis as unknown as { ourPaintedRanges: () => number }).ourPaintedRanges;
    const record = { least: Infinity, sheets: new Set<CSSStyleSheet>() };
    (globalThis as { paintedLeast?: typeof record }).paintedLeast = record;
    const frame = () => {
      record.least = Math.min(record.least, count());
      for (const sheet of document.adoptedStyleSheets) record.sheets.add(sheet);
      requestAnimationFrame(frame);
    };
    frame();
    const p = document.createElement('p');
    p.id = 'update';
    p.textContent =
      'Update: the ministry repeated that Kazakhstan is the first country in Central Asia to have ' +
      'access to the system, and said that its specialists had been trained to use it. ' +
      'Officials gave no further details on how many reports they had filed so far this month.';
    document.querySelector('article')!.append(p);
  });
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...CSS.highlights].some(
            ([name, h]) =>
              name.startsWith('counterpoint-') &&
              [...h].some((range) => document.getElementById('update')!.contains(range.startContainer)),
          ),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  const { least, sheets } = await page.evaluate(() => {
    const record = (globalThis as { paintedLeast?: { least: number; sheets: Set<CSSStyleSheet> } }).paintedLeast!;
    return { least: record.least, sheets: new Set([...record.sheets, ...document.adoptedStyleSheets]).size };
  });
  expect(least).toBeGreaterThanOrEqual(atTheEnd);
  // The new drawing kept the old one's stylesheet: a new sheet adopted and the old one dropped
  // restyled the whole page (~120 ms of style on the 1 MB bench page).
  expect(sheets).toBe(1);

  // Switched off for the site: the sheet goes with the last drawing that used it.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
  await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});

test('text a painted page edits in place is unpainted before the next frame, then painted anew over its new offsets', async ({
  context,
}) => {
  const { page } = await openStoryPage(context, 'long-story.html', 300_000);
  await expect.poll(() => page.evaluate(ourPaintedRanges), { timeout: 20_000 }).toBeGreaterThan(0);

  // What our highlights paint over the first paragraph holding the claim, as the browser would;
  // with `edit`, right after the page sets that text node's data in place, as a framework does
  // (every old offset then off by nine), once the mutation observers had their turn: before
  // any frame is drawn.
  const paintedOver = async (edit: boolean) => {
    const node = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('direct and exclusive'))!
      .firstChild as Text;
    if (edit) {
      node.data = `UPDATED: ${node.data}`;
      await Promise.resolve();
    }
    return [...CSS.highlights]
      .filter(([name]) => name.startsWith('counterpoint-'))
      .flatMap(([, highlight]) => [...highlight])
      .filter((range) => range.startContainer === node && range.endOffset <= node.length)
      .map((range) => node.data.slice(range.startOffset, range.endOffset));
  };
  expect(await page.evaluate(paintedOver, false)).toContain('direct and exclusive access');
  expect(await page.evaluate(paintedOver, true)).toEqual([]);
  await expect
    .poll(() => page.evaluate(paintedOver, false), { timeout: 10_000 })
    .toContain('direct and exclusive access');
});
