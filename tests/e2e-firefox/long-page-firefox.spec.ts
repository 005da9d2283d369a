/**
 * A page with thousands of highlights in Firefox (firefox-esr 153): painted
 * from Firefox's content script, the document left as served, and a real
 * click on the claim in the page's last paragraph that has it opens its
 * popover (the Chromium test, tests/e2e/long-page.spec.ts, checks the rest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_PORT } from '../../playwright.config.ts';
import { storyPage } from '../../scripts/bench/bench-pages.ts';
import { LIVE_DIR } from '../e2e/fixtures/build-live-pages.ts';
import { documentAndServed } from '../support/served-document.ts';
import { expect, test } from './firefox-test.ts';

// Written at setup beside the other generated pages (gitignored), for the page server to serve.
const served = storyPage(300_000);
test.beforeAll(() => {
  mkdirSync(LIVE_DIR, { recursive: true });
  writeFileSync(join(LIVE_DIR, 'long-story.html'), served);
});

test('Firefox: a page with thousands of highlights is painted, left as served, and a click far down opens the popover', async ({
  firefox,
}) => {
  const page = await firefox.browser.newPage();
  await page.goto(`http://127.0.0.1:${PAGES_PORT}/live/long-story.html`);
  await page.waitForFunction(
    () =>
      [...CSS.highlights].reduce((sum, [name, h]) => sum + (name.startsWith('counterpoint-') ? h.size : 0), 0) > 1000,
    { timeout: 20_000 },
  );
  const [now, sent] = await page.evaluate(documentAndServed, served);
  expect(now).toBe(sent);

  // The last paragraph with the claim, scrolled into view; a real click on its words.
  const words = 'direct and exclusive access';
  const box = await page.evaluate((phrase) => {
    const paragraph = [...document.querySelectorAll('article > p')].findLast((p) => p.textContent!.includes(phrase))!;
    paragraph.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, words);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  const claim = await page.waitForFunction(
    () =>
      document
        .querySelector('[data-counterpoint="popover"]')
        ?.shadowRoot?.querySelector('[role="dialog"]')
        ?.getAttribute('data-claim'),
    { timeout: 10_000 },
  );
  expect(await claim.jsonValue()).toBe('exclusive-access');
  await page.close();
});
