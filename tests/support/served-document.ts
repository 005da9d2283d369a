/**
 * For page.evaluate (Playwright's or Puppeteer's): the document as it is now
 * and the HTML the server sent, both serialised the same way, so a test can
 * tell that nothing was added to the page, <head> included.
 */
export function documentAndServed(html: string): [now: string, sent: string] {
  return [
    document.documentElement.outerHTML,
    new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML,
  ];
}
