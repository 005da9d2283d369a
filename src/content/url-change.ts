/**
 * Notices when a single-page site changes its URL without loading a page
 * (History API, Navigation API), so stage 1 can ask again whether the page is
 * about the story. Part of stage 1, so it must cost nothing on the pages that
 * are not: no timer and no observer of the page's body.
 *
 * - Where the Navigation API exists (Chromium), `currententrychange` fires for
 *   every same-document navigation: `pushState`, `replaceState`, back and forward
 *   and links to fragments; `navigatesuccess` also when a router intercepted the
 *   navigation and finished it later. A content script's listener on the shared
 *   `navigation` object hears them.
 * - Elsewhere `popstate` and `hashchange` cover back, forward and fragments.
 *   `pushState` fires no event and a content script cannot wrap the page's own
 *   `history` (it lives in another world), so the URL is compared after the two
 *   things that precede nearly every client-side navigation: a click (routers
 *   push the URL in the click's handler, or once the new page's data arrived, by
 *   which time the title usually changes) and a change of the document's
 *   `<title>`, which a small observer on `<head>` sees without looking at the body.
 */

type NavigationLike = EventTarget & { currentEntry?: unknown };

// A router may push the URL a little after the click that asked for it.
const AFTER_CLICK_MS = [0, 300];

/** Calls `onChange(url)` whenever `location.href` differs from the last one seen; returns a stop function. */
export function onUrlChange(onChange: (url: string) => void): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    navigation.addEventListener('navigatesuccess', check);
    return () => {
      navigation.removeEventListener('currententrychange', check);
      navigation.removeEventListener('navigatesuccess', check);
    };
  }
  const afterClick = () => AFTER_CLICK_MS.forEach((ms) => setTimeout(check, ms));
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  addEventListener('click', afterClick, { capture: true, passive: true });
  const titles = new MutationObserver(check);
  if (document.head) titles.observe(document.head, { childList: true, characterData: true, subtree: true });
  return () => {
    removeEventListener('popstate', check);
    removeEventListener('hashchange', check);
    removeEventListener('click', afterClick, { capture: true });
    titles.disconnect();
  };
}
