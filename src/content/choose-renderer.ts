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
 * them is painted once it does, scanner.ts, and marked again if it shrinks well below): each mark splits a text
 * node, and the browser then lays out, styles and paints every block that
 * holds one again. On the 1 MB bench page (6,489 ranges) that was +178 ms
 * of layout, +46 of style and ~150 ms of mark.js on top of reading the page;
 * painted, no node changes. Such a page also gains nothing from thousands of
 * Tab stops: the keyboard walk (claim-walk.ts) and the popup's list reach
 * painted highlights one by one.
 */
import type { TextSegment } from './extract-text.ts';
import { frameworkSign } from './framework-roots.ts';
import { firstIndex } from './markjs-ranges.ts';
import { highlightApi, type HighlightApi } from './paint-highlights.ts';

/** How to draw: marks, paint (with the API to paint with, and whether for the page's size), or nothing. */
export type Renderer = { kind: 'marks' } | { kind: 'paint'; api: HighlightApi; forSize: boolean } | { kind: 'none' };

/** More ranges than this on one page are painted: a long article has tens, a 1 MB page thousands. */
export const MAX_MARKED_RANGES = 1000;

/**
 * A page already painted stays painted down to more ranges than this, and is
 * marked again only at or below it: a live page hovering around
 * MAX_MARKED_RANGES would otherwise switch at its changes, back and forth,
 * and each switch to paint reads the page afresh, with a blink.
 */
export const MARKED_AGAIN_AT = 800;

/** What else {@link chooseRenderer} goes by. */
export interface RendererOptions {
  /** The API to paint with, null where the browser has none; by default the browser's. Test seam. */
  api?: HighlightApi | null;
  /** The drawing this one replaces was painted for its size. */
  paintedBefore?: boolean;
}

/** The renderer for `doc` with `ranges` to draw over `segments`' text nodes, decided once per scan. */
export function chooseRenderer(
  doc: Document,
  ranges: readonly { start: number }[],
  segments: readonly TextSegment[],
  { api = highlightApi(), paintedBefore = false }: RendererOptions = {},
): Renderer {
  const most = paintedBefore ? MARKED_AGAIN_AT : MAX_MARKED_RANGES;
  if (api && paintedForSize(ranges, segments, api, most)) return { kind: 'paint', api, forSize: true };
  if (!frameworkSign(doc)) return { kind: 'marks' };
  return api ? { kind: 'paint', api, forSize: false } : { kind: 'none' };
}

/**
 * Whether a page with `ranges` is painted for its size: they are more than marks are worth
 * (more than `most`), the browser can paint, and none of them starts in a shadow root, which
 * our document's ::highlight() rules and a click's caret position do not reach into (marks
 * there get our sheet in their root).
 */
export function paintedForSize(
  ranges: readonly { start: number }[],
  segments: readonly TextSegment[],
  api: HighlightApi | null = highlightApi(),
  most = MAX_MARKED_RANGES,
): boolean {
  if (!api || ranges.length <= most) return false;
  const doc = segments[0]?.node.ownerDocument;
  return ranges.every((range) => segmentAt(segments, range.start)?.node.getRootNode() === doc);
}

// The segment holding text offset `at`: the last one starting at or before it.
function segmentAt(segments: readonly TextSegment[], at: number): TextSegment | undefined {
  return segments[firstIndex(segments.length, (i) => segments[i]!.start > at) - 1];
}
