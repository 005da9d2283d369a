/**
 * The stylesheet for our highlights in the page. It lives in <style> elements
 * we own: one in the document, and one in each open shadow root that holds
 * marks (the document's styles do not cross into a shadow tree). Turning
 * Counterpoint off removes them with everything else, and switching the
 * highlight mode rewrites only their text.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { highlightPageCss } from '../ui/highlight-css.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** Our <style> elements in the page. */
export interface PageStyle {
  /** Restyles every highlight for a mode at once. */
  setMode(mode: EmphasisMode): void;
  remove(): void;
}

/** Adds the highlight stylesheet for `mode` to the document and to every shadow root holding one of `marks`. */
export function injectPageStyle(doc: Document, mode: EmphasisMode, marks: readonly Node[] = []): PageStyle {
  const css = highlightPageCss(mode);
  const styles = [doc.head ?? doc.documentElement, ...shadowRootsOf(marks)].map((parent) => {
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTRIBUTE, '');
    style.textContent = css;
    parent.append(style);
    return style;
  });
  return {
    setMode(next) {
      const text = highlightPageCss(next);
      for (const style of styles) if (style.textContent !== text) style.textContent = text;
    },
    remove: () => styles.forEach((style) => style.remove()),
  };
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
