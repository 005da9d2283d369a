/**
 * Stage 2 of the content script, loaded only on pages about the story: reads
 * the visible text once, has the background find its claims and quotes
 * (background/scan-service.ts), highlights them in one pass,
 * and wires the highlights to popovers; follows the page as it changes
 * (page-watch.ts, reconcile.ts), so the marks, the badge, the popup and the
 * exports always describe the marks that exist. `stop()` leaves the page as
 * it was, or as the page itself has made it since.
 */
import { sendToBackground } from './background-port.ts';
import { extractTextInSteps, type ExtractedText } from './extract-text.ts';
import { ourMarkClaim } from './our-marks.ts';
import { pageState } from './page-state.ts';
import type { PopoverWiring } from './popovers.tsx';
import { attachAccess, drawScan } from './draw-scan.ts';
import { changeAside, markAside } from './watch-aside.ts';
import type { PageStyle } from './page-style.ts';
import { followSiteMode, showInMode, stopFollowing } from './emphasis-mode.ts';
import { chooseRenderer, paintedForSize, type Renderer } from './choose-renderer.ts';
import type { HighlightAccess } from './highlight-access.ts';
import { isStale, type PaintedHighlights } from './paint-highlights.ts';
import { isRendered } from './rendered.ts';
import { watchPage, type PageChanges, type PageWatch } from './page-watch.ts';
import { reconcile, type LiveMarks, type PageRead } from './reconcile.ts';
import { listShown, readAndScan, storyCorpus, type Found, type ScannedPage } from './scanned-page.ts';
import { timeSlicer } from './yield-to-page.ts';

/** What a drawn page holds: everything stop() takes away. */
interface Active {
  /**
   * How this page is drawn (choose-renderer.ts): a painted page has no marks to reconcile, and
   * one painted for its many highlights (not for a framework) is marked again only once well below them.
   */
  renderer: Renderer;
  live: LiveMarks;
  painted: PaintedHighlights | null;
  wiring: PopoverWiring;
  access: HighlightAccess;
  style: PageStyle;
  /** The story the page was read for (null: the built-in one). */
  packId: string | null;
  /** What the exports are built from: the scan as shown, and how to place it on the page. */
  scanned: ScannedPage;
  /** The claim count the badge shows. */
  badge: number;
  /** The page's text growth when read (page-watch.ts): a painted page is read again when it changes enough. */
  grownAtRead: number;
}

let active: Active | null = null;

// The scan or reconcile under way, if any: it yields to the page between pieces, and a
// stop() that lands meanwhile aborts it (its partial marks are taken away), or the page
// would be highlighted after "off".
let running: AbortController | null = null;
// Changes the page made while a scan was under way or a popover was open: followed later.
let carried: PageChanges | null = null;
let watch: PageWatch | null = null;

/** Scans the page and shows highlights; does nothing if already running. */
export async function start(): Promise<void> {
  if (active || running) return;
  const run = (running = new AbortController());
  try {
    if (await scanPage(run.signal)) await showBadge();
  } finally {
    if (running === run) running = null;
  }
  if (carried && active) watch?.again();
}

// Every step of a scan; false when stopped before the end (nothing of it is left on the page).
async function scanPage(signal: AbortSignal, pause = timeSlicer()): Promise<boolean> {
  // Claims and quotes of the page's own story only: another pack's claims mean nothing here.
  // The mode is read before anything is marked, so marks never show in the wrong mode.
  const packId = pageState.storyPack;
  await followSiteMode(location.hostname);
  const corpus = storyCorpus(packId);
  await pause();
  if (signal.aborted) return false;
  // Watching from before the text is read: what the page adds while we work is growth too.
  if (watch) watch.resume();
  // Text a painted page edits in place is unpainted at once: its spans would cover other words.
  else watch = watchPage(document.body, follow, (node) => active?.painted?.forgetEdited(node));
  // Taken before the text is read: text that comes during a long scan is a change to follow.
  const grownAtRead = watch.textGrowth();
  const read = await readPage(packId, pause, signal);
  if (!read) {
    // Not stopped but unanswered: nothing is drawn, and nothing is left following the page
    // (a page drawn before, being drawn again, stays as it is and followed).
    if (!signal.aborted && !active) stopWatching();
    return false;
  }
  const { extracted, lengths } = read;
  const { scan } = read.scan;
  // A page a framework will hydrate, or with thousands of ranges, is painted (choose-renderer.ts);
  // one painted for its size and drawn again (redraw) is marked again only once well below them.
  const paintedBefore = active?.renderer.kind === 'paint' && active.renderer.forSize;
  const renderer = chooseRenderer(document, read.ranges, extracted.segments, { paintedBefore });
  const ranges = renderer.kind === 'none' ? [] : read.ranges;
  const drawn = await drawScan({ corpus, scan, extracted, lengths, ranges }, renderer, watch, pause, signal);
  if (!drawn) return false;
  const { highlights, painted, signatures, wiring, access, style } = drawn;
  showInMode({ style, marks: highlights.marks });
  // The popup, badge and exports list what the reader can see: a claim whose every range
  // lost to an overlapping highlight has no mark to focus, so it is not listed.
  // With no way to draw on this page (choose-renderer.ts) the popup still lists what was found.
  const shown = renderer.kind === 'none' ? new Set(scan.claims.map((match) => match.claimId)) : access.shownClaimIds();
  const scanned = listShown(read.scan, shown, { corpus, extracted, lengths });
  active = {
    renderer,
    live: { highlights, signatures },
    painted,
    wiring,
    access,
    style,
    packId,
    scanned,
    badge: -1,
    grownAtRead,
  };
  return true;
}

// Our own changes are not the page's: the watch looks away while we make them (watch-aside.ts).
function ourChange<T>(change: () => T): T {
  return changeAside(watch, change);
}

/** Removes every highlight, popover and style we added. */
export async function stop(): Promise<void> {
  // A scan under way may have no `active` yet, and the badge may still count an earlier one's claims.
  const underWay = running !== null;
  running?.abort();
  running = null;
  stopWatching();
  if (!active && !underWay) return;
  teardown();
  pageState.claims = [];
  pageState.scannedQuotes = [];
  await sendToBackground('pageScanned', { claimCount: 0 });
}

function stopWatching(): void {
  watch?.destroy();
  watch = null;
  stopFollowing();
}

function teardown(): void {
  if (active) retire(active);
  showInMode(null);
  active = null;
  carried = null;
}

// Takes one scan's highlights, popovers, keys and style off the page.
function retire(drawn: Active): void {
  drawn.access.destroy();
  drawn.wiring.destroy();
  drawn.painted?.remove();
  ourChange(() => {
    drawn.live.highlights.remove();
    drawn.style.remove();
  });
}

// The page changed: bring the marks in line with it, or paint it again. Not while a scan runs or a popover
// is open (the reader is reading what it points at): the changes are kept for later.
async function follow(changes: PageChanges): Promise<void> {
  const all = carried
    ? { nodes: new Set([...carried.nodes, ...changes.nodes]), all: carried.all || changes.all }
    : changes;
  carried = null;
  if (running) {
    carried = all; // The scan under way asks for a flush when it is done.
    return;
  }
  if (!active) return;
  if (active.wiring.isOpen()) {
    carried = all;
    watch?.again();
    return;
  }
  // Painting changed no node, so there is nothing to reconcile: the page is read and painted again,
  // but only when what is painted went stale or text came.
  if (active.renderer.kind !== 'marks') {
    if (paintedOutOfDate(active)) await redraw(active);
    return;
  }
  const now = active;
  if ((await reconcileMarks(now, all)) === 'outgrown' && active === now) {
    // Read afresh with the marks gone (ranges read in a mark's text would collapse when taking
    // the marks away rewrites those nodes): one blink, at the switch only.
    teardown();
    await start();
  }
}

// Brings a marked page's marks in line with its changes: 'outgrown' when the page now has more
// ranges than marks are worth (an endless article), so that it is painted from now on instead.
async function reconcileMarks(now: Active, changes: PageChanges): Promise<'done' | 'outgrown'> {
  let outgrown = false;
  const run = (running = new AbortController());
  try {
    const pause = timeSlicer();
    const done = await reconcile(now.live, changes, {
      root: document.body,
      read: async () => {
        const read = await readPage(now.packId, pause, run.signal);
        outgrown = read !== null && paintedForSize(read.ranges, read.extracted.segments);
        return outgrown ? null : read; // Nothing is marked further.
      },
      ourChange,
      highlight: (extracted, ranges) => markAside(watch, extracted, ranges, pause, run.signal),
      extract: () => readText(pause, run.signal),
    });
    if (run.signal.aborted || active !== now) return 'done';
    if (!done) return outgrown ? 'outgrown' : 'done';
    publish(now, done.read, done.extracted, done.lengths);
    await showBadge();
    // The reader was in a block that needs re-marking (a page change in flight also lands here,
    // but brings its own flush): try again once they leave it, not in a loop meanwhile.
    if (done.retry) document.addEventListener('focusout', () => watch?.again(), { once: true, capture: true });
    return 'done';
  } finally {
    if (running === run) running = null;
  }
}

// The page read and drawn anew, the new highlights in place before the old ones go: nothing
// blinks, and the popup and exports keep the old lists until the new ones are ready.
async function redraw(previous: Active): Promise<void> {
  const run = (running = new AbortController());
  // A popover the reader opens meanwhile stays, with the drawing it was opened from: the new
  // drawing is given up at its next pause (nothing of it is left) and made once it is closed.
  const slicer = timeSlicer();
  const pause = async () => {
    await slicer();
    if (previous.wiring.isOpen()) run.abort();
  };
  try {
    if (await scanPage(run.signal, pause)) {
      retire(previous);
      await showBadge();
    } else if (active === previous && previous.wiring.isOpen()) {
      carried = { nodes: new Set(), all: true };
    }
  } finally {
    if (running === run) running = null;
  }
  if (carried && active) watch?.again();
}

// The page reads its text; the background matches it.
async function readPage(
  packId: string | null,
  pause: () => Promise<void> | void,
  signal: AbortSignal,
): Promise<PageRead<Found> | null> {
  const read = await readAndScan(packId, readText, pause, signal);
  // Unanswered (not stopped): an extension reloaded or removed has left this script behind, and
  // its highlights go with it.
  if (!read && !signal.aborted && !globalThis.chrome?.runtime?.id) void stop();
  return read;
}

// After a reconcile: the popovers, the mode, the popup's lists and the exports follow the marks that exist.
// The popover wiring stays: a click made while the page was read again still opens its popover
// (destroying the wiring dropped it, the page's default already prevented).
function publish(now: Active, read: PageRead<Found>, extracted: ExtractedText, lengths: number[]) {
  const { corpus } = now.scanned;
  const found = read.scan.scan;
  ourChange(() => now.access.destroy());
  now.wiring.rescan(found);
  now.access = attachAccess(now.live.highlights, now.wiring, { kind: 'marks' });
  ourChange(() => now.style.addMarks(now.live.highlights.marks));
  showInMode({ style: now.style, marks: now.live.highlights.marks });
  now.scanned = listShown(read.scan, new Set(now.live.highlights.marks.map(ourMarkClaim)), {
    corpus,
    extracted,
    lengths,
  });
}

// The badge counts the claims marked now; it is told only when that changes.
async function showBadge(): Promise<void> {
  if (!active || active.badge === pageState.claims.length) return;
  active.badge = pageState.claims.length;
  await sendToBackground('pageScanned', { claimCount: active.badge });
}

/** The last scan, or null when the page is not highlighted. */
export function scannedPage(): ScannedPage | null {
  return active?.scanned ?? null;
}

/** Scrolls to and focuses the first highlight of a claim (a painted one opens its popover); false if the page has none it could focus. */
export function focusClaim(claimId: string): boolean {
  return active?.access.focusClaim(claimId) ?? false;
}

// The page's visible text, read in pieces (a 1 MB page took ~60 ms in one task); the open shadow
// roots it was read in are watched from now on too.
async function readText(pause: () => Promise<void> | void, signal: AbortSignal): Promise<ExtractedText | null> {
  const trees = new Set<ShadowRoot>();
  const options = { isHidden: isRenderedHidden, onShadowTree: (tree: ShadowRoot) => trees.add(tree) };
  const extracted = await extractTextInSteps(document.body, options, pause, signal);
  if (extracted) watch?.watchShadowRoots(trees);
  return extracted;
}

// New text on a painted page worth reading it again for (as much as a short paragraph).
const NEW_TEXT_CHARS = 200;

function paintedOutOfDate(now: Active): boolean {
  // The page changed a node after it was read and before it was painted: its highlights are missing.
  if (now.painted && (!now.painted.complete || now.painted.targets.some(isStale))) return true;
  return Math.abs((watch?.textGrowth() ?? now.grownAtRead) - now.grownAtRead) >= NEW_TEXT_CHARS;
}

// Hidden text is not what the reader sees, so it is neither matched nor marked.
function isRenderedHidden(element: Element): boolean {
  return !isRendered(element);
}
