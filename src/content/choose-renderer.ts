/**
 * Which way the scanner draws a page's highlights: with mark.js wherever
 * marks are safe, painted with the CSS Custom Highlight API where a framework
 * server-rendered the page and will hydrate it (framework-roots.ts), and not
 * at all on such a page in a browser without the API (every browser the
 * manifest admits has it: Chrome 105+, Firefox 140+), since marks there would
 * break the page's hydration. The popup still lists the claims found.
 */
import { frameworkSign } from './framework-roots.ts';
import { highlightApi, type HighlightApi } from './paint-highlights.ts';

/** How to draw: marks, paint (with the API to paint with), or nothing. */
export type Renderer = { kind: 'marks' } | { kind: 'paint'; api: HighlightApi } | { kind: 'none' };

/** The renderer for `doc`, decided once per scan. */
export function chooseRenderer(doc: Document, api: HighlightApi | null = highlightApi()): Renderer {
  if (!frameworkSign(doc)) return { kind: 'marks' };
  return api ? { kind: 'paint', api } : { kind: 'none' };
}
