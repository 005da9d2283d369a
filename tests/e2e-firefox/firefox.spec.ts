/**
 * The Firefox build in Debian's firefox-esr, in one browser launch: highlights
 * on a story page (which needs the lazily imported scanner, loaded from the
 * extension's randomised origin), a popover opened by a click, the toolbar
 * popup's report for that tab, silence on an off-topic page, the on-demand
 * quote check there (another lazily imported module), a story told only in a
 * web component's shadow root, and "Read in context"
 * opening a tab for the reader's click only (user activation); last, a pack
 * imported on the options page (IndexedDB and Web Locks in Firefox) and its
 * story recognised through the background (an event page here).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { PAGES_PORT } from '../../playwright.config.ts';
import { askPageScript } from '../support/ask-page.ts';
import { expect, test } from './firefox-test.ts';

const pageUrl = (name: string) => `http://127.0.0.1:${PAGES_PORT}/${name}`;

async function open(browser: Browser, name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(pageUrl(name));
  return page;
}

test('Firefox: a story page is highlighted and a click opens the claim popover', async ({ firefox }) => {
  const page = await open(firefox.browser, 'kazinform.html');
  await page.waitForSelector('mark[data-claim="exclusive-access"]', { timeout: 15_000 });
  const marks = await page.$$eval('mark[data-claim][role="button"]', (found) =>
    found.map((mark) => ({ claim: mark.getAttribute('data-claim'), label: mark.getAttribute('aria-label') })),
  );
  expect(marks.map((mark) => mark.claim)).toEqual(
    expect.arrayContaining(['exclusive-access', 'first-in-central-asia', 'training-october-28']),
  );
  expect(marks.find((mark) => mark.claim === 'exclusive-access')?.label).toMatch(
    /^direct and exclusive access — claim, disputed: /,
  );

  await page.click('mark[data-claim="exclusive-access"]');
  // Inside the popover's shadow root: a labelled dialog with the statements against the claim.
  const dialog = await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-counterpoint="popover"]')?.shadowRoot;
      const found = root?.querySelector('[role="dialog"]');
      if (!found) return null;
      const label = root!.getElementById(found.getAttribute('aria-labelledby') ?? '')?.textContent;
      return { label, text: found.textContent, focused: root!.activeElement === found };
    },
    { timeout: 10_000 },
  );
  const seen = (await dialog.jsonValue()) as { label: string; text: string; focused: boolean };
  expect(seen.label).toContain('direct and exclusive access');
  expect(seen.text).toContain('Disputed');
  expect(seen.text).toContain('Ben McConaghy');
  expect(seen.focused).toBe(true);

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-counterpoint="popover"]'));
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim)).toBe(
    'exclusive-access',
  );
  await page.close();
});

test("Firefox: the popup reports the tab's claims, the badge counts them, and the popup follows a language choice", async ({
  firefox,
}) => {
  // The popup page first, then the story: the story's tab is then the active one, and its id
  // goes to the popup through the ?tab= test seam (a popup opened as a tab is not a popup).
  const popup = await firefox.browser.newPage();
  await gotoExtensionPage(popup, `${firefox.extensionBase}src/popup/index.html`);
  const story = await open(firefox.browser, 'kazinform.html');
  await story.waitForSelector('mark[data-claim]', { timeout: 15_000 });
  const tabId = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  });
  expect(tabId).toBeGreaterThan(0);
  await gotoExtensionPage(popup, `${firefox.extensionBase}src/popup/index.html?tab=${tabId}`);
  // Polled from here: waitForFunction compiles its predicate with Function(), which an
  // extension page's CSP refuses in Firefox 140.
  await expect
    .poll(() => popup.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 })
    .toMatch(/exclusive access/i);
  // The background (an event page in Firefox) heard the scan and set the tab's badge.
  const claims = await story.$$eval(
    'mark[data-claim]',
    (marks) => new Set(marks.map((mark) => mark.getAttribute('data-claim'))).size,
  );
  const badge = await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!);
  expect(badge).toBe(String(claims));
  // Firefox loads _locales/kk but, without the Kazakh language pack, picks English for getMessage;
  // choosing Kazakh on the options page (stored the same way) turns the open popup Kazakh at once.
  expect(await popup.evaluate(() => chrome.i18n.getMessage('catalogueLanguage'))).toBe('en');
  await popup.evaluate(() => chrome.storage.local.set({ uiLanguage: 'kk' }));
  await expect
    .poll(() => popup.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 })
    .toContain('Осы беттегі тұжырымдар');
  await popup.close();
  await story.close();
});

test('Firefox: an off-topic page stays untouched until the reader asks to check a quote', async ({ firefox }) => {
  // An extension page to send from, as the background does for the context menu and shortcut.
  const sender = await firefox.browser.newPage();
  await gotoExtensionPage(sender, `${firefox.extensionBase}src/popup/index.html`);
  const page = await open(firefox.browser, 'vietnam.html');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await new Promise((done) => setTimeout(done, 2000)); // Stage 1 runs at document idle; let it (not) act.
  expect(await page.$$eval('mark, [data-counterpoint]', (found) => found.length)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

  // "Check quote": loads its module lazily from the extension, on a page stage 1 left alone.
  await page.evaluate(() => getSelection()?.selectAllChildren(document.querySelector('article p')!));
  const tabId = await sender.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab!.id!;
  });
  const checked = await sender.evaluate(askPageScript(String(tabId), 'checkSelection'));
  expect(checked).toEqual({ checked: true });
  await page.waitForFunction(
    () => !!document.querySelector('[data-counterpoint="popover"]')?.shadowRoot?.querySelector('[role="dialog"]'),
  );
  await page.close();
  await sender.close();
});

test('Firefox: a story told only inside a web component is found and highlighted there', async ({ firefox }) => {
  // The title and the light DOM say nothing of the story: stage 1 finds its words in the
  // component's open shadow root (XPath in a Firefox content script), then samples and scans it.
  const kazinform = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'kazinform.html'), 'utf8');
  const article = kazinform.slice(kazinform.indexOf('<article>'), kazinform.indexOf('</article>') + 10);
  const component =
    `<template id="story">${article}</template><news-story></news-story><script>customElements.define("news-story", ` +
    'class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: "open" })' +
    '.append(document.getElementById("story").content.cloneNode(true)); } });</script>';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><p>Latest news</p>${component}</body></html>`;
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const page = await firefox.browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/shadow.html`);
  await page.waitForFunction(
    () => (document.querySelector('news-story')?.shadowRoot?.querySelectorAll('mark[data-claim]').length ?? 0) > 0,
    { timeout: 15_000 },
  );
  await page.close();
  server.close();
});

test('Firefox: a pack imported on the options page recognises its own story', async ({ firefox }) => {
  const packs = join(import.meta.dirname, '..', 'fixtures', 'packs');
  const story = readFileSync(join(packs, 'riverton-page.html'));
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(story));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const options = await firefox.browser.newPage();
  await gotoExtensionPage(options, `${firefox.extensionBase}src/options/index.html`);
  // The page renders its form once its language is loaded, which can be after the load event.
  await expect
    .poll(() => options.evaluate(() => document.querySelector('input[type="file"]') !== null), { timeout: 10_000 })
    .toBe(true);
  // The file chosen as the file input would hand it over (BiDi has no file chooser here).
  await options.evaluate(
    (text) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'riverton.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    readFileSync(join(packs, 'riverton-bridge-tolls.json'), 'utf8'),
  );
  // Listed beside the built-in pack (in whatever language an earlier test chose).
  await expect
    .poll(() => options.evaluate(() => [...document.querySelectorAll('li h2')].map((h) => h.textContent)), {
      timeout: 15_000,
    })
    .toContain("Riverton's toll-free harbour bridge (a test story)");
  const page = await firefox.browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/riverton.html`);
  await page.waitForSelector('mark[data-claim="riverton-free-crossings"]', { timeout: 15_000 });
  expect(await page.$$eval('mark[data-claim="joint-statement"]', (found) => found.length)).toBe(0);
  await page.close();
  await options.close();
  server.close();
});

// Over WebDriver BiDi a moz-extension:// navigation never reports completion: start it and poll.
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => ({ href: location.href, state: document.readyState })).catch(() => null);
    if (ready?.href === url && ready.state === 'complete') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not load`);
}

test('Firefox: "Read in context" opens a tab for the reader\'s click, none for a page script\'s', async ({
  firefox,
}) => {
  const page = await open(firefox.browser, 'kazinform.html');
  await page.waitForSelector('mark[data-claim="exclusive-access"]', { timeout: 15_000 });
  await page.click('mark[data-claim="exclusive-access"]');
  const button = await page.waitForSelector('pierce/button.cp-link', {
    timeout: 10_000,
  });
  const tabs = async () => (await firefox.browser.pages()).length;
  const before = await tabs();
  // A page script clicking it (untrusted) opens nothing, even right after the reader's click.
  await page.evaluate(() => {
    const root = document.querySelector('[data-counterpoint="popover"]')!.shadowRoot!;
    for (let i = 0; i < 10; i++) root.querySelector<HTMLButtonElement>('button.cp-link')!.click();
  });
  await new Promise((done) => setTimeout(done, 1500));
  expect(await tabs()).toBe(before);
  // The reader's click (trusted, with user activation) opens one.
  await button!.click();
  await expect.poll(tabs, { timeout: 10_000 }).toBe(before + 1);
  await page.close();
});
