/**
 * A keyboard shortcut that walks the page's highlights in document order,
 * marks and painted ones alike: Alt+Shift+J goes to the next, Alt+Shift+K to
 * the previous (wrapping at the ends); each opens its popover with focus
 * inside, so a screen reader announces it. Painted highlights are not in the
 * Tab order (there is no element to focus), so this, and the popup's list, is
 * how a keyboard reaches them.
 *
 * Why a keydown listener rather than the `commands` API: a command is
 * delivered to the background and needs a round trip and a manifest entry
 * (Chrome allows four suggested keys and the quote check has one); a page
 * listener reacts at once, works the same in Firefox, and lets the page keep
 * its own handling when the reader is typing. J/K are "next/previous" in many
 * readers. Alt+Shift is not a screen reader's modifier (they use Insert,
 * Caps Lock or Control+Option) and Alt+Shift+J/K are not among Chrome's or
 * Firefox's default keys; Firefox's accesskeys do use Alt+Shift, so a page
 * with accesskey="j" or "k" keeps its key: we step aside when it has one.
 */

import type { TextSpan } from './text-span.ts';

/** A place the walk stops: a mark, or the first span of a painted highlight. */
export type WalkStop = { kind: 'mark'; element: HTMLElement } | { kind: 'paint'; span: TextSpan; index: number };

/** What the walk needs from the scanner. */
export interface WalkOptions {
  /** Every stop now on the page, in document order. */
  stops(): readonly WalkStop[];
  /** Scrolls to the stop, rings it and opens its popover. */
  go(stop: WalkStop): void;
}

/** The keys, by `event.code` so that layouts and macOS's Option characters do not change them. */
export const WALK_KEYS = { next: 'KeyJ', previous: 'KeyK' } as const;

// Where the walk is, kept across re-scans (a re-rendered page is read again): a stop of an
// earlier scan still has its place in the document, so the next key goes on from there.
let current: WalkStop | null = null;

/**
 * Goes on from `stop` at the next key: a painted highlight the reader clicked or jumped to
 * from the popup takes no focus to go on from (a mark does), and the walk would start over at
 * the top of the page.
 */
export function walkFrom(stop: WalkStop): void {
  current = stop;
}

/** Starts listening for the walk's keys in `doc`. */
export function attachClaimWalk(doc: Document, options: WalkOptions): { destroy(): void } {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const forward = event.code === WALK_KEYS.next;
    if (!forward && event.code !== WALK_KEYS.previous) return;
    if (event.defaultPrevented || isTyping(event) || hasAccessKey(doc, forward)) return;
    const stops = options.stops();
    if (stops.length === 0) return;
    const from = focusedMark(doc, stops) ?? (current && isInPage(current) ? current : null);
    const next = step(stops, from, forward);
    event.preventDefault();
    event.stopPropagation();
    current = next;
    options.go(next);
  };
  doc.addEventListener('keydown', onKeyDown, true);
  return { destroy: () => doc.removeEventListener('keydown', onKeyDown, true) };
}

/** The stop after (or before) `from` in document order, wrapping; the first (last) with no `from`. */
export function step(stops: readonly WalkStop[], from: WalkStop | null, forward: boolean): WalkStop {
  if (from) {
    const ordered = forward ? stops : [...stops].reverse();
    const found = ordered.find((stop) => (forward ? compare(stop, from) > 0 : compare(stop, from) < 0));
    if (found) return found;
  }
  return forward ? stops[0]! : stops.at(-1)!;
}

/** Document order of two stops: negative when `a` comes first, 0 for the same place. */
export function compare(a: WalkStop, b: WalkStop): number {
  const [nodeA, offsetA] = startOf(a);
  const [nodeB, offsetB] = startOf(b);
  if (nodeA === nodeB) return offsetA - offsetB;
  const position = nodeA.compareDocumentPosition(nodeB);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1; // A mark holding the other's text.
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function startOf(stop: WalkStop): [Node, number] {
  return stop.kind === 'mark' ? [stop.element, 0] : [stop.span.node, stop.span.from];
}

// A stop whose node the page has removed has no place to go on from.
function isInPage(stop: WalkStop): boolean {
  return (stop.kind === 'mark' ? stop.element : stop.span.node).isConnected;
}

function focusedMark(doc: Document, stops: readonly WalkStop[]): WalkStop | null {
  const active = doc.activeElement;
  return stops.find((stop) => stop.kind === 'mark' && stop.element === active) ?? null;
}

// Typing in a field or an editable region: Alt+Shift+J may be a character there (macOS, some layouts).
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  return (target as HTMLElement).isContentEditable === true;
}

function hasAccessKey(doc: Document, forward: boolean): boolean {
  const key = forward ? 'j' : 'k';
  return doc.querySelector(`[accesskey="${key}" i]`) !== null;
}
