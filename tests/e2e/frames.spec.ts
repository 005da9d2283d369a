/**
 * Iframes: "Check quote" works on text selected in a same-origin or a
 * cross-origin frame, which gets the content script only then (the keyboard
 * shortcut asks the frames holding a selection; the context menu names its
 * frame, see quote-command.test.ts). Frames are never scanned or highlighted,
 * and they do not answer the popup in place of the page.
 */
import type { Page } from '@playwright/test';
import { askPage, expect, openPopupFor, test } from './extension.ts';
import { kazinformWith, plainPage, servePages, trustUrl } from './trust-pages.ts';
import { PAGE_ANSWER_KEY } from '../../src/platform/page-answer.ts';

const QUOTE = 'The government issued its own statement, independent of Facebook';

async function selectQuote(page: Page, url: RegExp): Promise<void> {
  const frame = page.frame({ url });
  if (!frame) throw new Error(`no frame at ${url}`);
  await frame.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
}

test('"Check quote" works in same-origin and cross-origin iframes, which are never highlighted', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await servePages(context, {
    'frames.html': plainPage(
      'Garden notes',
      '<h1>Garden notes</h1><p>Two embedded articles follow.</p>' +
        `<iframe id="same" src="${trustUrl('inner.html')}" width="900" height="300"></iframe>` +
        `<iframe id="cross" src="${trustUrl('inner.html', true)}" width="900" height="300"></iframe>`,
    ),
    // A story page inside each frame: stage 1 does not run there, so it stays unmarked.
    'inner.html': kazinformWith(`<p id="quote">${QUOTE}</p>`),
  });
  const page = await context.newPage();
  await page.goto(trustUrl('frames.html'));
  const same = page.frameLocator('#same');
  const cross = page.frameLocator('#cross');
  await expect(same.locator('#quote')).toBeVisible();
  await expect(cross.locator('#quote')).toBeVisible();
  const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
  // The popup hears the page itself, not a frame's content script.
  await expect(popup.getByText(/isn.t about the Facebook/)).toBeVisible();
  const checkSelection = () => askPage(serviceWorker, tabId, 'checkSelection');
  // Which documents of the tab hold the content script, top first: frames get it only when asked.
  const withContentScript = (): Promise<boolean[]> =>
    serviceWorker.evaluate(
      `chrome.scripting
        .executeScript({ target: { tabId: ${tabId}, allFrames: true }, func: (key) => key in globalThis, args: ['${PAGE_ANSWER_KEY}'] })
        .then((results) => results.map((result) => result.result))`,
    );
  expect(await withContentScript()).toEqual([true, false, false]);

  await selectQuote(page, /127\.0\.0\.1.*inner\.html/);
  await checkSelection();
  await expect(same.getByRole('dialog')).toContainText(/Verbatim/);
  await expect(cross.getByRole('dialog')).toHaveCount(0);
  expect((await withContentScript()).filter(Boolean)).toHaveLength(2);

  await page.frame({ url: /127\.0\.0\.1.*inner\.html/ })!.evaluate(() => document.getSelection()!.removeAllRanges());
  await selectQuote(page, /localhost.*inner\.html/);
  await checkSelection();
  await expect(cross.getByRole('dialog')).toContainText(/Verbatim/);

  // Nothing selected anywhere: no frame answers, and nothing opens in the page.
  await page.frame({ url: /localhost.*inner\.html/ })!.evaluate(() => document.getSelection()!.removeAllRanges());
  expect(await checkSelection()).toBeNull();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Frames are not read: no highlight in either, though each holds a story page.
  await expect(same.locator('mark')).toHaveCount(0);
  await expect(cross.locator('mark')).toHaveCount(0);
});

test('"Check quote" works beside the frames news pages carry, and in a srcdoc frame', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // Advertisement and embed frames as sites build them: blank, srcdoc, sandboxed, data: and lazy.
  await servePages(context, {
    'ads.html': kazinformWith(
      `<p id="quote">${QUOTE}</p>` +
        '<iframe src="about:blank"></iframe>' +
        `<iframe id="srcdoc" srcdoc="<p id='quote'>${QUOTE}</p>"></iframe>` +
        `<iframe sandbox src="${trustUrl('ad.html', true)}"></iframe>` +
        '<iframe src="data:text/html,<p>Shoes on sale</p>"></iframe>' +
        `<iframe loading="lazy" src="${trustUrl('ad.html', true)}"></iframe>`,
    ),
    'ad.html': plainPage('Shoes', '<p>Shoes on sale this week.</p>'),
  });
  const page = await context.newPage();
  await page.goto(trustUrl('ads.html'));
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const { tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
  // Frames it may not script do not stop the check of the page's own selection.
  await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('quote')!));
  expect(await askPage(serviceWorker, tabId, 'checkSelection')).toEqual({ checked: true });
  await expect(page.getByRole('dialog')).toContainText(/Verbatim/);

  await page.evaluate(() => getSelection()!.removeAllRanges());
  await selectQuote(page, /^about:srcdoc$/);
  expect(await askPage(serviceWorker, tabId, 'checkSelection')).toEqual({ checked: true });
  await expect(page.frameLocator('#srcdoc').getByRole('dialog')).toContainText(/Verbatim/);
});
