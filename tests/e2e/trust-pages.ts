/**
 * Pages for the trust tests (hostile scripts, hidden text, summary/label,
 * shadow roots, iframes), built from the Kazinform fixture's article and
 * served by routing requests in the test's browser context: nothing is added
 * to the generated fixture pages. Text and markup are our own constants.
 */
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_PORT } from '../../playwright.config.ts';

const KAZINFORM = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'kazinform.html'), 'utf8');

/** The Kazinform article's inner HTML (kicker, headline, byline, paragraphs). */
export const ARTICLE = KAZINFORM.slice(KAZINFORM.indexOf('<article>') + 9, KAZINFORM.indexOf('</article>'));

/** A sentence the Kazinform article does not contain, which the pack matches as Meta's denial. */
export const DENIAL =
  'Facebook owner Meta Platforms has denied a claim by Kazakhstan that it was granted exclusive access.';

/** A claim of that sentence, found nowhere else on these pages. */
export const DENIAL_CLAIM = 'meta-denies-exclusive-access';

/** The Kazinform page with `extra` added at the end of its article. */
export function kazinformWith(extra: string, head = ''): string {
  return KAZINFORM.replace('</article>', `${extra}</article>`).replace('</head>', `${head}</head>`);
}

/** A page in plain HTML with a title and body. */
export function plainPage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** Where a routed page is served: the fixture server's origin, or a second origin (localhost) for cross-origin frames. */
export function trustUrl(name: string, crossOrigin = false): string {
  return `http://${crossOrigin ? 'localhost' : '127.0.0.1'}:${PAGES_PORT}/trust/${name}`;
}

/** Serves `pages` (name -> HTML) at trustUrl(name) on both origins in this context. */
export async function servePages(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/\/trust\/[^/]+$/, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/trust/', '');
    const body = pages[name];
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
