/**
 * Waits for the page's stylesheets before stage 1 looks at it. Stage 1 is a
 * classic script injected at document idle, which in Chrome can be right
 * after the HTML is parsed, while a `<link rel="stylesheet">` in the head is
 * still loading. The sample asks `checkVisibility()` which text is shown;
 * before the sheet that hides a menu or a block of keywords has arrived,
 * that text counts as shown. So the first look waits for every sheet still
 * loading (each fires `load` or `error`), or the window's `load`, which also
 * covers a sheet that failed before we looked, and never longer than
 * MAX_WAIT_MS: a sheet a script added from a host that never answers keeps
 * the window's `load` from ever coming, and the page must still be read.
 */

/** The longest the first look waits for stylesheets. */
export const MAX_WAIT_MS = 3000;

/** Resolves once no stylesheet link of `doc` is still loading (at once when none is). */
export function stylesheetsReady(doc: Document): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')].filter(
    (link) =>
      link.sheet === null &&
      !link.disabled &&
      !link.relList.contains('alternate') &&
      (!link.media || matchesMedia(doc, link.media)),
  );
  if (pending.length === 0) return Promise.resolve();
  return new Promise((done) => {
    let left = pending.length;
    const settle = () => {
      left -= 1;
      if (left === 0) done();
    };
    for (const link of pending) {
      link.addEventListener('load', settle, { once: true });
      link.addEventListener('error', settle, { once: true });
    }
    doc.defaultView?.addEventListener('load', () => done(), { once: true });
    setTimeout(done, MAX_WAIT_MS);
  });
}

// A print stylesheet, say, hides nothing on screen: no need to wait for it.
function matchesMedia(doc: Document, media: string): boolean {
  return doc.defaultView?.matchMedia(media).matches ?? true;
}
