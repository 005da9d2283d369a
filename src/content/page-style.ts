/**
 * The stylesheet for our highlights in the page. It lives in one <style>
 * element we own, so turning Counterpoint off removes it with everything else,
 * and switching the highlight mode rewrites only its text.
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

/** Adds the highlight stylesheet for `mode`. */
export function injectPageStyle(doc: Document, mode: EmphasisMode): PageStyle {
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

// Marks and painted highlights (paint-highlights.ts) in the same mode, whichever the page uses.
function pageCss(mode: EmphasisMode): string {
  return highlightPageCss(mode) + paintedHighlightCss(mode);
}
