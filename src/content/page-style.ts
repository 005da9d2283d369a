/**
 * The stylesheet for our highlights in the page. It lives in one <style>
 * element we own, so turning Counterpoint off removes it with everything else.
 */
import { HIGHLIGHT_PAGE_CSS } from '../ui/styles.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** Adds the highlight stylesheet; returns the function that removes it. */
export function injectPageStyle(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
