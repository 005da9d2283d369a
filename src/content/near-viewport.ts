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
 * or resize (at most once a frame) two boxes say how far the page moved, and
 * once a screen a binary search finds where the viewport is among them, then
 * a walk reads the boxes around it: a few hundred layout reads of a page
 * whose layout is clean. An IntersectionObserver on each of their elements
 * was tried first: ~7 ms of intersection work on every frame of scrolling
 * for ~3,300 elements.
 *
 * The search needs document order to follow the page's vertical order, which
 * a page built like a news site breaks in two ways, so the nodes are sorted
 * out once, when registered (and again when the viewport's width changes):
 * - text in a fixed or sticky box (a header that stays on screen) does not
 *   move as the page scrolls: it is always registered, and never searched;
 * - a second column or a sidebar that document order puts after the article
 *   starts again at the top: the nodes are cut into flows wherever one lies
 *   wholly above the one before, and each flow is searched on its own.
 * Within a flow the walk starts SLACK text nodes early and stops SLACK late,
 * for small departures from that order (a float, a raised footnote mark).
 * A page cut into more than MAX_FLOWS flows has a layout this cannot follow:
 * all its spans are registered, as on a page with fewer.
 */

import { runSteps } from './run-steps.ts';

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
/** Flows (columns, sidebars) searched apart; past this many, every span is registered. */
export const MAX_FLOWS = 32;

/** Questions to the page's computed styles (see viewportOf for what each assumes). */
export interface StyleTests {
  /** Whether a node stays where it is on the screen as the page scrolls: it is in a fixed or sticky box. */
  pinned(node: Node): boolean;
  /** Whether an element may lay its children side by side (a grid, a flex row, columns). */
  sideBySide(element: Element): boolean;
}

/** The viewport a drawing follows. */
export interface Viewport {
  /** The height of the viewport, without its scrollbar. */
  height(): number;
  /** The width of the viewport: a page's columns may change with it. */
  width(): number;
  /** Where a text node's text is on the screen, top and bottom (reads layout). */
  boxOf(node: Node): { top: number; bottom: number };
  /** How far the window is scrolled down: adds to a box's top to place it in the page. */
  scrollY(): number;
  /** What the page's styles say, for one read of its layout (the tests remember what they asked). */
  styleTests(): StyleTests;
  /** Calls `change` at most once a frame after the reader scrolls or the page's size changes; returns how to stop. */
  onChange(change: () => void): () => void;
}

/** The viewport of `win`. */
export function viewportOf(win: Window & typeof globalThis): Viewport {
  // One range, moved from node to node: a range per read would be a live Range per node.
  const range = win.document.createRange();
  return {
    height: () => win.document.documentElement.clientHeight,
    width: () => win.document.documentElement.clientWidth,
    boxOf(node) {
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    },
    scrollY: () => win.scrollY,
    styleTests() {
      // What each element's position makes of what is in it, asked once per element: a page's
      // paragraphs share their ancestors. Up to the first element known (or the top), then each
      // of those passed told on the way back: no recursion, however deep the page.
      const pinnedBox = new Map<Element, boolean>();
      const sideBySide = new Map<Element, boolean>();
      const style = (element: Element) => win.getComputedStyle(element);
      return {
        pinned(node) {
          const unknown: Element[] = [];
          let pinned = false;
          for (let element = composedParent(node); element; element = composedParent(element)) {
            const known = pinnedBox.get(element);
            if (known !== undefined) {
              pinned = known;
              break;
            }
            unknown.push(element);
          }
          for (const element of unknown.reverse()) {
            // Text-level elements are taken as placed where their parent puts them: asking each
            // paragraph of a 1 MB page was ~20 ms, and a sticky paragraph or link is rare.
            if (!TEXT_LEVEL.has(element.localName)) {
              const position = style(element).position;
              pinned ||= position === 'fixed' || position === 'sticky';
            }
            pinnedBox.set(element, pinned);
          }
          return pinned;
        },
        sideBySide(element) {
          let known = sideBySide.get(element);
          if (known === undefined) {
            const { display, columnCount, columnWidth } = style(element);
            // Columns by count ("auto" or a number) or by width ("auto" or a length).
            known = /grid|flex|table/.test(display) || Number(columnCount) > 1 || /\d/.test(columnWidth);
            sideBySide.set(element, known);
          }
          return known;
        },
      };
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

// Elements whose own position is not asked (see styleTests).
const TEXT_LEVEL = new Set(
  'p a em strong b i u s small sub sup cite q abbr time code mark span li blockquote'.split(' '),
);

// The element a node is laid out in: its parent, or the host of the shadow root it is in.
function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}

/** A span's range and the name of the highlight it belongs to. */
export interface NamedRange {
  readonly name: string;
  /** The span's range, the same one at each call: made at the first, when the span is first registered. */
  range(): AbstractRange;
}

/** How a page's text nodes lie, read for one width of the viewport (readLayout). */
export interface PageLayout {
  width: number;
  /** The nodes in fixed or sticky boxes: always registered. */
  pinned: ReadonlySet<Node>;
  /** The others, in flows that each follow the page's vertical order; null past MAX_FLOWS. */
  flows: readonly (readonly Node[])[] | null;
}

// Text nodes read between two chances to pause: a box and (for a new parent) a style each.
const NODES_PER_STEP = 400;

/**
 * Reads how `nodes` (in document order) lie on the page, yielding where it may pause: each is
 * pinned, or goes into the flow of the one before it unless it lies wholly above it (a second
 * column, a sidebar). Places are read in the page, not on the screen, so a reader scrolling
 * during a pause cuts no flow; a node with no height (not rendered now) stays in its flow.
 *
 * Only where the container changes (the parent of a node's parent) are boxes read: siblings
 * in a container that lays them one under the other (not a grid, a flex row or columns) are
 * in one flow, so a long article costs two reads, not one per paragraph (~20 ms on 1 MB).
 */
export function* readLayout(nodes: readonly Node[], viewport: Viewport): Generator<void, PageLayout, void> {
  const width = viewport.width();
  const tests = viewport.styleTests();
  const pinned = new Set<Node>();
  const flows: Node[][] = [];
  let flow: Node[] = [];
  let previousTop = -Infinity;
  // The container of the nodes taken into the flow unread since the last box read, and the last of them.
  let container: Element | null = null;
  let unread: Node | null = null;
  const place = (node: Node): boolean => {
    const box = viewport.boxOf(node);
    if (box.bottom <= box.top) return false;
    const scrolled = viewport.scrollY();
    const above = box.bottom + scrolled <= previousTop;
    previousTop = box.top + scrolled;
    return above;
  };
  for (const [index, node] of nodes.entries()) {
    if (index % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    if (tests.pinned(node)) {
      pinned.add(node);
      continue;
    }
    const parent = composedParent(node);
    const nodeContainer = parent && composedParent(parent);
    if (nodeContainer && nodeContainer === container && !tests.sideBySide(nodeContainer)) {
      flow.push(node);
      unread = node;
      continue;
    }
    // Where the last run of siblings ended: what the next node is compared with.
    if (unread) place(unread);
    container = nodeContainer;
    unread = null;
    if (place(node) && flow.length > 0) {
      if (flows.push(flow) >= MAX_FLOWS) return { width, pinned, flows: null };
      flow = [];
    }
    flow.push(node);
  }
  if (flow.length > 0) flows.push(flow);
  return { width, pinned, flows };
}

/**
 * Puts into `highlights` the ranges of the text nodes near the viewport now (before they are
 * registered: a drawing that replaces another shows no frame without them), and keeps it so
 * until stopped. `inNode` is read at each change: a node deleted from it (edited by the page)
 * is not added again. `layout` is how its nodes lay when read (readLayout); it is read again,
 * in one go, when the viewport's width changes.
 */
export function registerNearViewport(
  inNode: ReadonlyMap<Node, readonly NamedRange[]>,
  highlights: ReadonlyMap<string, Highlight>,
  viewport: Viewport,
  layout: PageLayout,
): { stop(): void } {
  const near = new Set<Node>();
  const show = (node: Node, isNear: boolean) => {
    if (isNear) near.add(node);
    else near.delete(node);
    for (const span of inNode.get(node) ?? []) {
      if (isNear) highlights.get(span.name)!.add(span.range());
      else highlights.get(span.name)!.delete(span.range());
    }
  };
  // Where the first and last text nodes found near the viewport were then: two, so that one the
  // page pins in place after the layout was read (a header that sticks once scrolled) cannot
  // hide that the rest moved.
  let anchors: { node: Node; top: number }[] = [];
  let anchorsHeight = -1;
  // Whether what was registered last still holds: every span is, or the page moved less than a screen.
  const stillHolds = (height: number): boolean => {
    if (!layout.flows) return near.size > 0;
    if (anchors.length === 0 || anchorsHeight !== height || !anchors.every(({ node }) => node.isConnected)) {
      return false;
    }
    const moved = Math.max(...anchors.map(({ node, top }) => Math.abs(viewport.boxOf(node).top - top)));
    return moved < height * MOVE_SCREENS;
  };
  const update = () => {
    const height = viewport.height();
    if (viewport.width() !== layout.width) {
      layout = runSteps(readLayout([...inNode.keys()], viewport));
      anchors = [];
    } else if (stillHolds(height)) return;
    const { flows, pinned } = layout;
    const searched = (flows ?? []).flatMap((flow) => [...nearViewport(flow, height, viewport.boxOf, MARGIN_SCREENS)]);
    const now = new Set(flows ? [...pinned, ...searched] : inNode.keys());
    for (const node of near) if (!now.has(node)) show(node, false);
    for (const node of now) if (!near.has(node)) show(node, true);
    anchors = [searched[0], searched.at(-1)]
      .filter((node) => node !== undefined)
      .map((node) => ({ node, top: viewport.boxOf(node).top }));
    anchorsHeight = height;
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
