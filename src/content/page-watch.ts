/**
 * Watches a page about the story for changes to its text, so that the
 * highlights follow it: text edited in place (`characterData`, which
 * frameworks use to re-render a text node), nodes added, removed or moved
 * (`childList`), and text hidden, shown or made editable by the three
 * attributes that do it without CSS (`hidden`, `open` of a `<details>`,
 * `contenteditable`). Not `class` or `style`: pages change them all the time
 * (animations, hover states), and each change would cost a read of the page. Each change is reported by the node it happened at,
 * and the scanner re-reads and re-marks only the blocks those nodes are in
 * (reconcile.ts).
 *
 * When: after a quiet spell, so a framework's burst of DOM operations is one
 * flush; but never later than MAX_WAIT_MS after the first change, so a page
 * that never settles (a ticker, a list reordered every 100 ms) is still
 * followed. There is no budget of re-reads that a busy page could use up:
 * instead a flush starts at least GAP_FACTOR times its predecessor's duration
 * after it ended, which keeps our share of the page's time under about a
 * fifth however busy the page is.
 *
 * Our own changes are made while the watch is paused (records taken and
 * dropped), and our UI (popover host, style) carries no page text, so nothing
 * we do ever comes back to us as a change.
 */
import { isOwnUi } from './ui-marker.ts';

const QUIET_MS = 150;
const MAX_WAIT_MS = 1000;
const GAP_FACTOR = 4;
// Past this many changed nodes in one flush, the scanner treats every marked block as changed.
const MAX_NODES = 500;

/** The nodes where the page changed since the last flush; `all` when there were too many to list. */
export interface PageChanges {
  nodes: Set<Node>;
  all: boolean;
}

/** A running watch over a subtree. */
export interface PageWatch {
  /** Stops listening while we change the page ourselves; what happened until now still counts. */
  pause(): void;
  resume(): void;
  /** Asks for another flush even without a change (something was put off). */
  again(): void;
  /** Watches these open shadow roots too (text we read there): a subtree observer does not enter them. */
  watchShadowRoots(roots: Iterable<ShadowRoot>): void;
  /**
   * How many characters of text the page added less those it took away since the watch began,
   * counted from the changes it saw: the body's text length, without reading the whole body
   * (20 to 30 ms on a 1 MB page).
   */
  textGrowth(): number;
  destroy(): void;
}

/**
 * Calls `flush` with the changed nodes, one flush at a time, on the schedule the module comment
 * describes; and `edited`, at once (before the page is drawn again), with each text node the page
 * edited in place.
 */
export function watchPage(
  root: Element,
  flush: (changes: PageChanges) => Promise<void>,
  edited: (node: Node) => void = () => {},
): PageWatch {
  let changes: PageChanges = { nodes: new Set(), all: false };
  let growth = 0;
  let pending = false;
  let flushing = false;
  let firstChange = 0;
  let notBefore = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const schedule = () => {
    if (destroyed) return;
    if (!pending) firstChange = performance.now();
    pending = true;
    if (flushing) return; // The flush under way schedules the next one when it ends.
    clearTimeout(timer);
    const now = performance.now();
    const at = Math.max(Math.min(now + QUIET_MS, firstChange + MAX_WAIT_MS), notBefore);
    timer = setTimeout(() => void run(), Math.max(0, at - now));
  };

  const run = async () => {
    const taken = changes;
    changes = { nodes: new Set(), all: false };
    pending = false;
    flushing = true;
    const started = performance.now();
    try {
      await flush(taken);
    } catch (error) {
      console.warn('Counterpoint: could not follow a page change', error);
    } finally {
      flushing = false;
      const ended = performance.now();
      notBefore = ended + (ended - started) * GAP_FACTOR;
      if (pending) {
        pending = false;
        schedule();
      }
    }
  };

  const note = (records: MutationRecord[]) => {
    let relevant = false;
    const after = lengthsAfter(records);
    for (const record of records) {
      if (record.type === 'characterData') edited(record.target);
      const grown = textChange(record, after.get(record) ?? 0);
      if (grown === null) continue;
      growth += grown;
      relevant = true;
      if (changes.nodes.size < MAX_NODES) changes.nodes.add(record.target);
      else changes.all = true;
    }
    if (relevant) schedule();
  };

  const observer = new MutationObserver(note);
  const shadowRoots = new Set<ShadowRoot>();
  let paused = false;
  const observe = (target: Node) =>
    observer.observe(target, {
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      subtree: true,
      attributeFilter: ['hidden', 'open', 'contenteditable'],
    });
  const resume = () => {
    paused = false;
    observe(root);
    for (const shadowRoot of shadowRoots) observe(shadowRoot);
  };
  resume();
  return {
    pause() {
      // Records queued before the pause are the page's; those after it, until resume(), are ours.
      note(observer.takeRecords());
      observer.disconnect();
      paused = true;
    },
    resume,
    again: schedule,
    watchShadowRoots(roots) {
      for (const shadowRoot of roots) {
        if (shadowRoots.has(shadowRoot)) continue;
        shadowRoots.add(shadowRoot);
        if (!paused && !destroyed) observe(shadowRoot);
      }
    },
    textGrowth: () => growth,
    destroy() {
      destroyed = true;
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}

// Text edited, or nodes holding text added or removed: by how many characters the text grew (less
// than 0: shrank; `lengthAfter` is an edited node's length just after this edit); null for a change
// to nothing we read. An element without text (an image, our popover's host: its contents are in a
// shadow root) changes nothing we read, and neither does typing in an editable region (never read,
// and each key would be a flush).
function textChange(record: MutationRecord, lengthAfter: number): number | null {
  if (insideOwnUi(record.target)) return null;
  // Hidden, shown or made editable: it matters when there is text under it.
  if (record.type === 'attributes') return (record.target.textContent ?? '') !== '' ? 0 : null;
  if (insideEditable(record.target)) return null;
  if (record.type === 'characterData') return lengthAfter - (record.oldValue ?? '').length;
  const added = textLength(record.addedNodes);
  const removed = textLength(record.removedNodes);
  return added.holdsText || removed.holdsText ? added.chars - removed.chars : null;
}

// The length of each edited node's text just after each of its records: the next record's old
// value, or the node's text now. A node edited twice before we are told has two records, and each
// measured against the text now would count the first edit twice.
function lengthsAfter(records: readonly MutationRecord[]): Map<MutationRecord, number> {
  const after = new Map<MutationRecord, number>();
  const next = new Map<Node, number>();
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const record = records[i]!;
    if (record.type !== 'characterData') continue;
    after.set(record, next.get(record.target) ?? (record.target.textContent ?? '').length);
    next.set(record.target, (record.oldValue ?? '').length);
  }
  return after;
}

function textLength(nodes: NodeList): { chars: number; holdsText: boolean } {
  let chars = 0;
  let holdsText = false;
  for (const node of nodes) {
    const length = (node.textContent ?? '').length;
    if (length === 0 || insideOwnUi(node)) continue;
    chars += length;
    holdsText = true;
  }
  return { chars, holdsText };
}

// By the attribute, not isContentEditable, which would make the browser compute style on every change.
function insideEditable(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[contenteditable]:not([contenteditable="false" i])') != null;
}

function insideOwnUi(node: Node): boolean {
  for (let at: Element | null = node instanceof Element ? node : node.parentElement; at; at = at.parentElement)
    if (isOwnUi(at)) return true;
  return false;
}
