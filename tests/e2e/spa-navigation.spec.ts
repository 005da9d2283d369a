/**
 * A single-page site: its router changes the URL with the History API and
 * renders the next page without a load. From an unrelated page to the story,
 * the story is noticed and highlighted; from the story to an unrelated page,
 * everything is cleared (marks, badge, the popup's verdict and claims); back
 * (popstate) to the story, highlighted again.
 */
import type { Worker } from '@playwright/test';
import { askPage, expect, pageUrl, test } from './extension.ts';

// Our own constant pages; the router writes them with textContent.
const ROUTER = `
const pages = {
  cats: ['Caring for older cats', 'Older cats sleep more and play less. Keep their water bowl full, brush them weekly and ' +
    'take them to the vet twice a year. A warm bed away from draughts helps stiff joints. Many owners find that a ' +
    'second, lower litter tray saves an old cat a climb. Diet matters too: senior food has fewer calories.'],
  story: ['Facebook gives Kazakhstan government access to its Content Reporting System',
    "Kazakhstan's Ministry of Information said Facebook gave the government direct and exclusive access to its " +
    'Content Reporting System, and called it a joint statement, the first of its kind in Central Asia. ' +
    'Meta spokesman Ben McConaghy denied that Kazakhstan had exclusive access.'],
};
function show(name) {
  const [title, text] = pages[name];
  document.title = title;
  const main = document.querySelector('main');
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  main.replaceChildren(h1, p);
}
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', '?page=' + link.dataset.route);
  show(link.dataset.route);
});
addEventListener('popstate', () => show(new URLSearchParams(location.search).get('page') || 'cats'));
show('cats');
`;

const report = async (serviceWorker: Worker, tabId: number) =>
  (await askPage(serviceWorker, tabId, 'getReport')) as { about: boolean; claims: unknown[] };

test('a single-page site that navigates to the story and away is scanned and cleared', async ({
  context,
  serviceWorker,
}) => {
  const url = pageUrl('spa.html');
  const body = `<!doctype html><html lang="en"><head><title>Pets</title></head><body>
<nav><a href="?page=cats" data-route="cats">Cats</a> <a href="?page=story" data-route="story">World</a></nav>
<main></main><script>${ROUTER}</script></body></html>`;
  await context.route(`${url}*`, (route) => route.fulfill({ contentType: 'text/html', body }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  await expect(page.locator('mark')).toHaveCount(0);
  await page.bringToFront();
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  if (tabId === undefined) throw new Error('no tab');
  const badge = () => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect((await report(serviceWorker, tabId)).about).toBe(false);

  await page.getByRole('link', { name: 'World' }).click();
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toBeVisible();
  await expect.poll(badge).not.toBe('');
  expect((await report(serviceWorker, tabId)).about).toBe(true);

  await page.getByRole('link', { name: 'Cats' }).click();
  await expect(page.locator('mark, [data-counterpoint]')).toHaveCount(0);
  await expect.poll(badge).toBe('');
  await expect.poll(() => report(serviceWorker, tabId)).toMatchObject({ about: false, claims: [] });

  await page.goBack(); // popstate: the router shows the story again.
  await expect(page.locator('mark[data-claim="exclusive-access"]').first()).toBeVisible();
  await expect.poll(badge).not.toBe('');
});
