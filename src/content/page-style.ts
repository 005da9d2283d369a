/**
 * The stylesheet for our highlights in the page. It lives in <style> elements
 * we own: one in the document, and one in each open shadow root that holds
 * marks (the document's styles do not cross into a shadow tree); on a page a
 * framework hydrates, one adopted stylesheet and no element. Turning
 * Counterpoint off removes them with everything else, and switching the
 * highlight mode rewrites only their text.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { highlightPageCss } from '../ui/highlight-css.ts';
import { paintedHighlightCss } from '../ui/highlight-paint-css.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** Our stylesheets in the page. */
export interface PageStyle {
  /** Restyles every highlight for a mode at once. */
  setMode(mode: EmphasisMode): void;
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
}

/** Adds the highlight stylesheet for `mode` to the document and to every shadow root holding one of the marks. */
export function injectPageStyle(doc: Document, mode: EmphasisMode, options: PageStyleOptions = {}): PageStyle {
  const inShadowRoots = shadowRootsOf(options.marks ?? []);
  if (options.adopted && inShadowRoots.length === 0) {
    const adopted = adoptSheet(doc, pageCss(mode));
    if (adopted) return adopted;
  }
  const css = pageCss(mode);
  const styles = [doc.head ?? doc.documentElement, ...inShadowRoots].map((parent) => {
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTRIBUTE, '');
    style.textContent = css;
    parent.append(style);
    return style;
  });
  return {
    setMode(next) {
      const text = pageCss(next);
      for (const style of styles) if (style.textContent !== text) style.textContent = text;
    },
    remove: () => styles.forEach((style) => style.remove()),
  };
}

function adoptSheet(doc: Document, css: string): PageStyle | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in doc)) return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return {
      setMode: (next) => sheet.replaceSync(pageCss(next)),
      // Only ours: the page may have adopted sheets of its own since.
      remove: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== sheet)),
    };
  } catch {
    return null;
  }
}

// Marks and painted highlights (paint-highlights.ts) in the same mode, whichever the page uses.
function pageCss(mode: EmphasisMode): string {
  return highlightPageCss(mode) + paintedHighlightCss(mode);
}

function shadowRootsOf(marks: readonly Node[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const mark of marks) {
    const root = mark.getRootNode();
    // Duck-typed: instanceof fails across the content script's and the page's realms.
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) roots.add(root as ShadowRoot);
  }
  return [...roots];
}
