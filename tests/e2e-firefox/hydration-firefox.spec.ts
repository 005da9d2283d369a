/**
 * The hydration page in Firefox (firefox-esr 153; the CSS Custom Highlight API
 * is there from 140): the React 19 page built by the Chromium test's setup is
 * painted from Firefox's content script without a DOM change, hydrates with
 * no error, and a click on the painted words opens the claim's popover.
 */
import { PAGES_PORT } from '../../playwright.config.ts';
import { expect, openedPopoverClaim, test } from './firefox-test.ts';
import { buildHydrationPages } from '../e2e/fixtures/build-hydration-pages.ts';
import { documentAndServed } from '../support/served-document.ts';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildHydrationPages();
});

test('Firefox: a server-rendered React page is painted, hydrates without error, and a click opens the popover', async ({
  firefox,
}) => {
  const page = await firefox.browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${PAGES_PORT}/hydration/react19.html?hydrateAfter=4000`);

  // The highlight registry is the document's, so the page (and this test) sees what is painted.
  await page.waitForFunction(() => CSS.highlights.has('counterpoint-claim-disputed'), { timeout: 4000 });
  expect(await page.evaluate(() => (globalThis as { hydrationPhase?: string }).hydrationPhase ?? 'server markup')).toBe(
    'server markup',
  );
  // The whole document, <head> included, is as the server sent it.
  const served = await (await fetch(`http://127.0.0.1:${PAGES_PORT}/hydration/react19.html`)).text();
  const [now, sent] = await page.evaluate(documentAndServed, served);
  expect(now).toBe(sent);

  await page.waitForFunction(() => (globalThis as { hydrationPhase?: string }).hydrationPhase === 'updated', {
    timeout: 15_000,
  });
  expect(errors).toEqual([]);

  // A real click (WebDriver BiDi input) on the claim's words, once repainted over the new text.
  await page.waitForFunction(
    () =>
      [...(CSS.highlights.get('counterpoint-claim-disputed') ?? [])].some(
        (range) =>
          (range.startContainer as Text).data?.slice(range.startOffset, range.endOffset) ===
            'direct and exclusive access' && range.startContainer.parentElement?.id === 'lead',
      ),
    { timeout: 5000 },
  );
  const box = await page.evaluate((words) => {
    const node = document.getElementById('lead')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(words));
    range.setEnd(node, node.data.indexOf(words) + words.length);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, 'direct and exclusive access');
  // What the reader sees: the disputed claim's amber fill, about rgb(255, 233, 193) over white.
  const clip = await page.evaluate((words) => {
    const node = document.getElementById('lead')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(words));
    range.setEnd(node, node.data.indexOf(words) + words.length);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }, 'direct and exclusive access');
  const png = await page.screenshot({ clip, encoding: 'base64' });
  const amber = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let matching = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (Math.abs(pixels[i]! - 255) < 12 && Math.abs(pixels[i + 1]! - 233) < 12 && Math.abs(pixels[i + 2]! - 193) < 12)
        matching += 1;
    return matching / (pixels.length / 4);
  }, png);
  expect(amber).toBeGreaterThan(0.3);
  await page.mouse.click(box.x, box.y);
  expect(await openedPopoverClaim(page)).toBe('exclusive-access');
  expect(errors).toEqual([]);
  await page.close();
});
