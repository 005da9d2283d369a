/**
 * The stylesheet for our highlights in the page. It lives in <style> elements
 * we own: one in the document, and one in each open shadow root that holds
 * marks (the document's styles do not cross into a shadow tree); on a painted
 * page (one a framework hydrates, or with thousands of highlights), one
 * adopted stylesheet and no element. Turning
 * Counterpoint off removes them with everything else, and switching the
 * highlight mode rewrites only their text.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { highlightPageCss } from '../ui/highlight-css.ts';
import { paintedHighlightCss } from '../ui/highlight-paint-css.ts';
import { shadowRootsOf } from './shadow-roots.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** Our stylesheets in the page. */
export interface PageStyle {
  /** Restyles every highlight for a mode at once. */
  setMode(mode: EmphasisMode): void;
  /** Styles marks made since (a reconcile) in shadow roots that hold none of ours yet. */
  addMarks(marks: readonly Node[]): void;
  remove(): void;
}

/** Where the stylesheet goes. */
export interface PageStyleOptions {
  /**
   * Adopt a constructed stylesheet (`document.adoptedStyleSheets`) instead of adding a <style>:
   * no node at all, so a page a framework hydrates (the whole document, <head> included, for
   * some) is left exactly as the server sent it. React 18.3 tolerated a trailing <style> in
   * <head> in our test; no framework has to. Falls back to a <style> where the browser refuses.
   */
  adopted?: boolean;
  /** Our marks: each open shadow root holding one gets its own <style>. */
  marks?: readonly Node[];
  /**
   * The page's highlights are painted (paint-highlights.ts): add the ::highlight() rules. Left
   * out on pages with marks: a rule for a pseudo-element of every element makes adding the
   * sheet restyle the whole page (style recalculation 91 -> 42 ms on the 1 MB bench page, when
   * it was still marked).
   */
  painted?: boolean;
}

/** Adds the highlight stylesheet for `mode` to the document and to every shadow root holding one of the marks. */
export function injectPageStyle(doc: Document, mode: EmphasisMode, options: PageStyleOptions = {}): PageStyle {
  const inShadowRoots = shadowRootsOf(options.marks ?? []);
  const onRoot = highlightStylesInherit();
  const cssFor = (each: EmphasisMode) =>
    highlightPageCss(each) + (options.painted ? paintedHighlightCss(each, onRoot) : '');
  if (options.adopted && inShadowRoots.length === 0) {
    const adopted = adoptSheet(doc, cssFor, mode);
    if (adopted) return adopted;
  }
  let css = cssFor(mode);
  const styled = new Set<Node>();
  const styles: HTMLStyleElement[] = [];
  const styleIn = (parent: Node) => {
    styled.add(parent);
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTRIBUTE, '');
    style.textContent = css;
    parent.appendChild(style);
    styles.push(style);
  };
  for (const parent of [doc.head ?? doc.documentElement, ...inShadowRoots]) styleIn(parent);
  return {
    setMode(next) {
      css = cssFor(next);
      for (const style of styles) if (style.textContent !== css) style.textContent = css;
    },
    addMarks(marks) {
      for (const root of shadowRootsOf(marks)) if (!styled.has(root)) styleIn(root);
    },
    remove: () => styles.forEach((style) => style.remove()),
  };
}

/**
 * Whether the browser gives each element the ::highlight() styles of its parent (highlight
 * inheritance): Chrome has since before it shipped the Highlight API (105), so the rules go on
 * :root alone, and adopting the sheet restyles the 1 MB bench page in ~17 ms instead of ~43 (a
 * rule for every element). Firefox (153 here) does not: a rule on :root paints nothing there.
 */
function highlightStylesInherit(): boolean {
  const runtime = (globalThis as { chrome?: { runtime?: { getURL?(path: string): string } } }).chrome?.runtime;
  return !runtime?.getURL?.('').startsWith('moz-extension:');
}

// Our adopted sheet in a document, and how many drawings use it. A redraw draws anew before the
// old drawing goes: sharing the sheet spares the page two restyles of the whole document, one as a
// new sheet came and one as the old went (its ::highlight() rules style every element: on each, or
// through :root).
interface SharedSheet {
  sheet: CSSStyleSheet;
  css: string;
  users: number;
}

const sharedSheets = new WeakMap<Document, SharedSheet>();

function adoptSheet(doc: Document, cssFor: (mode: EmphasisMode) => string, mode: EmphasisMode): PageStyle | null {
  try {
    const shared = sharedSheet(doc, cssFor(mode));
    if (!shared) return null;
    shared.users += 1;
    let removed = false;
    return {
      // Replacing a sheet restyles the whole document, even with the same text: ~35 ms on a
      // 1 MB page. Only a new mode replaces it (the mode is the page's, so every user's).
      setMode(next) {
        const css = cssFor(next);
        if (css === shared.css) return;
        shared.css = css;
        shared.sheet.replaceSync(css);
      },
      addMarks: () => undefined, // Adopted only where no mark is in a shadow root (painted pages).
      remove() {
        if (removed) return;
        removed = true;
        shared.users -= 1;
        if (shared.users > 0) return;
        if (sharedSheets.get(doc) === shared) sharedSheets.delete(doc);
        // Only ours: the page may have adopted sheets of its own since.
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== shared.sheet);
      },
    };
  } catch {
    return null;
  }
}

// Our sheet already adopted with this text, or a new one adopted; null where the browser refuses.
function sharedSheet(doc: Document, css: string): SharedSheet | null {
  const known = sharedSheets.get(doc);
  if (known && known.css === css && doc.adoptedStyleSheets.includes(known.sheet)) return known;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return null;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  if (!doc.adoptedStyleSheets.includes(sheet)) return null;
  const shared = { sheet, css, users: 0 };
  sharedSheets.set(doc, shared);
  return shared;
}
