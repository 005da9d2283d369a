/**
 * Keeps a page painted for its thousands of spans registered only near the viewport.
 *
 * Why: after any change to the DOM (a clock ticking, a comment count), Chromium
 * checks every range of every registered highlight again and repaints the
 * text under them, in the frame that follows. On the 1 MB bench page (~6,600
 * spans) that was 65-85 ms of pre-paint per change, against 3 ms without our
 * highlights: a live page with a clock would stall once a second. So a page
 * with more spans than REGISTER_ALL_UP_TO registers only the spans whose
 * text lies within two screens of the viewport, and finds them again each
 * time the reader has scrolled a screen (so spans are painted before they
 * show). What the walk, clicks, the popup and the exports reach (every
 * target) and the page's DOM are as before; only what sits far from the
 * reader is left out of the registry.
 *
 * How: the text nodes with spans are kept in document order; after a scroll
 * or resize (at most once a frame) one box says how far the page moved, and
 * once a screen a binary search finds where the viewport is among them, then
 * a walk reads the boxes around it: a few hundred layout reads of a page
 * whose layout is clean. An IntersectionObserver on each of their elements
 * was tried first: ~7 ms of intersection work on every frame of scrolling
 * for ~3,300 elements. The search holds where document order follows the
 * page's vertical order, as in the long articles and live blogs that have
 * this many highlights; the walk starts SLACK text nodes early and stops
 * SLACK late to allow for small departures from it.
 */

/** Up to this many spans, all are registered; only pages painted for their size have more. */
export const REGISTER_ALL_UP_TO = 1000;

/** Text nodes the walk looks at before the search's answer, and past the last one near. */
const SLACK = 24;
// Screens registered above and below the viewport, and how far the page may scroll before the
// registered spans are found again. Any change to the registered highlights costs Chromium a
// pre-paint of the whole document (~10 ms on the 1 MB page), so they change once a screen of
// scrolling, not on every frame; what is in view always lies within the spans registered.
const MARGIN_SCREENS = 2;
const MOVE_SCREENS = 1;

/** The viewport a drawing follows. */
export interface Viewport {
  /** The height of the viewport, without its scrollbar. */
  height(): number;
  /** Where a text node's text is on the screen, top and bottom (reads layout). */
  boxOf(node: Node): { top: number; bottom: number };
  /** Calls `change` at most once a frame after the reader scrolls or the page's size changes; returns how to stop. */
  onChange(change: () => void): () => void;
}

/** The viewport of `win`. */
export function viewportOf(win: Window & typeof globalThis): Viewport {
  // One range, moved from node to node: a range per read would be a live Range per node.
  const range = win.document.createRange();
  return {
    height: () => win.document.documentElement.clientHeight,
    boxOf(node) {
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    },
    onChange(change) {
      let frame = 0;
      const schedule = () => {
        if (frame === 0) frame = win.requestAnimationFrame(() => ((frame = 0), change()));
      };
      // Capturing: a scroll of any element (a page that scrolls in a container) reaches the window so.
      const options = { capture: true, passive: true };
      win.addEventListener('scroll', schedule, options);
      win.addEventListener('resize', schedule, options);
      // Content that grows or shrinks above the reader moves the rest without a scroll.
      const resized = new win.ResizeObserver(schedule);
      resized.observe(win.document.documentElement);
      return () => {
        win.removeEventListener('scroll', schedule, options);
        win.removeEventListener('resize', schedule, options);
        resized.disconnect();
        win.cancelAnimationFrame(frame);
      };
    },
  };
}

/** A span's range and the name of the highlight it belongs to. */
export type NamedRange = readonly [name: string, range: AbstractRange];

/**
 * Puts into `highlights` the ranges of the text nodes near the viewport now (before they are
 * registered: a drawing that replaces another shows no frame without them), and keeps it so
 * until stopped. `inNode` is read at each change: a node deleted from it (edited by the page)
 * is not added again.
 */
export function registerNearViewport(
  inNode: ReadonlyMap<Node, readonly NamedRange[]>,
  highlights: ReadonlyMap<string, Highlight>,
  viewport: Viewport,
): { stop(): void } {
  // Text nodes come in document order: the order the search relies on.
  const nodes = [...inNode.keys()];
  const near = new Set<Node>();
  const show = (node: Node, isNear: boolean) => {
    if (isNear) near.add(node);
    else near.delete(node);
    for (const [name, range] of inNode.get(node) ?? []) {
      if (isNear) highlights.get(name)!.add(range);
      else highlights.get(name)!.delete(range);
    }
  };
  // Where the first text node near the viewport was when they were last found.
  let anchor: { node: Node; top: number; height: number } | null = null;
  const update = () => {
    const height = viewport.height();
    if (anchor && anchor.height === height && anchor.node.isConnected) {
      const moved = Math.abs(viewport.boxOf(anchor.node).top - anchor.top);
      if (moved < height * MOVE_SCREENS) return;
    }
    const now = nearViewport(nodes, height, viewport.boxOf, MARGIN_SCREENS);
    for (const node of near) if (!now.has(node)) show(node, false);
    for (const node of now) if (!near.has(node)) show(node, true);
    const [first] = now;
    anchor = first ? { node: first, top: viewport.boxOf(first).top, height } : null;
  };
  update();
  return { stop: viewport.onChange(update) };
}

/** The text nodes within `screens` screens of the viewport, found as the module comment says. */
export function nearViewport(nodes: readonly Node[], height: number, boxOf: Viewport['boxOf'], screens = 1): Set<Node> {
  const top = -height * screens;
  const bottom = height * (1 + screens);
  // The first node whose text ends below the band's top.
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (boxOf(nodes[mid]!).bottom < top) low = mid + 1;
    else high = mid;
  }
  const found = new Set<Node>();
  let pastBand = 0;
  for (let i = Math.max(0, low - SLACK); i < nodes.length && pastBand < SLACK; i += 1) {
    const box = boxOf(nodes[i]!);
    if (box.top > bottom) pastBand += 1;
    else if (box.bottom >= top) {
      found.add(nodes[i]!);
      pastBand = 0;
    }
  }
  return found;
}
