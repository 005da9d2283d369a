/**
 * The stylesheet for our highlights in the page. It lives in one <style>
 * element we own (or, on a page a framework hydrates, one adopted stylesheet
 * and no element), so turning Counterpoint off removes it with everything
 * else, and switching the highlight mode rewrites only its text.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { highlightPageCss } from '../ui/highlight-css.ts';
import { paintedHighlightCss } from '../ui/highlight-paint-css.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** Our <style> in the page. */
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
}

/** Adds the highlight stylesheet for `mode`. */
export function injectPageStyle(doc: Document, mode: EmphasisMode, options: PageStyleOptions = {}): PageStyle {
  if (options.adopted) {
    const adopted = adoptSheet(doc, pageCss(mode));
    if (adopted) return adopted;
  }
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, '');
  style.textContent = pageCss(mode);
  (doc.head ?? doc.documentElement).append(style);
  return {
    setMode(next) {
      const css = pageCss(next);
      if (style.textContent !== css) style.textContent = css;
    },
    remove: () => style.remove(),
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
