/**
 * Whether a page changed since a moment: stage 1's second look at a thin page
 * (one with little text when first read) is for pages still rendering their
 * article with scripts, and a page that changed nothing since the first look
 * would get the same verdict. One observer of the whole document, for nodes,
 * text and attributes (a class or `hidden` that reveals text), from before
 * the first look, which lets go at the first change or when asked (at once
 * on a page that needs no second look): on a page that keeps changing it
 * runs once, on one that does not it costs nothing.
 */

/** Starts watching `doc`; `changed()` tells whether anything changed since, and stops watching. */
export function changesSince(doc: Document): { changed(): boolean } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    changed() {
      // Records not yet delivered count too (a change in the task that asks).
      if (observer.takeRecords().length > 0) changed = true;
      observer.disconnect();
      return changed;
    },
  };
}
