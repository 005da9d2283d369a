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
import { lastParagraphWith, ourPaintedRanges, phraseBox } from '../e2e/painted-pixels.ts';
import { documentAndServed } from '../support/served-document.ts';
import { expect, openedPopoverClaim, test } from './firefox-test.ts';

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
  // Painted: the registry holds the spans near the viewport (near-viewport.ts).
  await page.waitForFunction(`(${ourPaintedRanges})() > 0`, { timeout: 20_000 });
  expect(await page.evaluate(`(${ourPaintedRanges})()`)).toBeLessThan(400);
  const [now, sent] = await page.evaluate(documentAndServed, served);
  expect(now).toBe(sent);

  // The last paragraph with the claim, scrolled into view; a real click on its words.
  const words = 'direct and exclusive access';
  const last = await page.evaluate(lastParagraphWith, words);
  // Registered there once the reader scrolled near (followed from Firefox's content script too).
  await page.waitForFunction(
    (selector) =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('counterpoint-'))
        .some(([, highlight]) =>
          [...highlight].some((range) => document.querySelector(selector)!.contains(range.startContainer)),
        ),
    { timeout: 5000 },
    last,
  );
  const box = await page.evaluate(phraseBox, [words, last] as const);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  expect(await openedPopoverClaim(page)).toBe('exclusive-access');
  await page.close();
});
