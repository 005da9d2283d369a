/**
 * Which way the scanner draws a page's highlights: with mark.js wherever
 * marks are safe and few enough, painted with the CSS Custom Highlight API
 * where a framework server-rendered the page and will hydrate it
 * (framework-roots.ts) or where the page has more highlights than marks
 * are worth, and not at all on a hydrating page in a browser without the
 * API (every browser the manifest admits has it: Chrome 105+, Firefox 140+),
 * since marks there would break the page's hydration. The popup still lists
 * the claims found.
 *
 * Why paint a page with thousands of highlights (a marked page that grows past
 * them is painted from then on, scanner.ts): each mark splits a text
 * node, and the browser then lays out, styles and paints every block that
 * holds one again. On the 1 MB bench page (6,489 ranges) that was +178 ms
 * of layout, +46 of style and ~150 ms of mark.js on top of reading the page;
 * painted, no node changes. Such a page also gains nothing from thousands of
 * Tab stops: the keyboard walk (claim-walk.ts) and the popup's list reach
 * painted highlights one by one.
 */
import { frameworkSign } from './framework-roots.ts';
import { highlightApi, type HighlightApi } from './paint-highlights.ts';

/** How to draw: marks, paint (with the API to paint with), or nothing. */
export type Renderer = { kind: 'marks' } | { kind: 'paint'; api: HighlightApi } | { kind: 'none' };

/** More ranges than this on one page are painted: a long article has tens, a 1 MB page thousands. */
export const MAX_MARKED_RANGES = 1000;

/** The renderer for `doc` with `rangeCount` ranges to draw over `segments`' text nodes, decided once per scan. */
export function chooseRenderer(
  doc: Document,
  rangeCount: number,
  segments: readonly { node: Node }[],
  api: HighlightApi | null = highlightApi(),
): Renderer {
  if (api && tooManyToMark(rangeCount, segments, api)) return { kind: 'paint', api };
  if (!frameworkSign(doc)) return { kind: 'marks' };
  return api ? { kind: 'paint', api } : { kind: 'none' };
}

/**
 * Whether `rangeCount` ranges are more than marks are worth and can be painted instead: not
 * where the text is in a shadow root, which our document's ::highlight() rules and a click's
 * caret position do not reach into (marks there get our sheet in their root).
 */
export function tooManyToMark(
  rangeCount: number,
  segments: readonly { node: Node }[],
  api: HighlightApi | null = highlightApi(),
): boolean {
  if (!api || rangeCount <= MAX_MARKED_RANGES) return false;
  const doc = segments[0]?.node.ownerDocument;
  return segments.every(({ node }) => node.getRootNode() === doc);
}
