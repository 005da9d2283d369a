/**
 * The one place Counterpoint draws UI inside a web page: a host element with a
 * shadow root, so the page's CSS cannot reach the popover and ours cannot leak
 * out. It places the popover next to its anchor, moves focus into it, and
 * closes it on Escape, on a click elsewhere, or when asked.
 */
import { render, type VNode } from 'preact';
import { POPOVER_CSS } from '../ui/styles.ts';
import { dropUntrustedEvents } from './drop-untrusted.ts';
import { placePopover } from './place-popover.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

/** What a popover is placed next to: a mark, the Range of a painted highlight (followed as it moves), or a fixed rect. */
export type PopoverAnchor = Element | Range | DOMRect;

/** A popover surface in a page; one popover at a time. */
export interface PopoverHost {
  /** The element added to the page (it holds the shadow root). */
  readonly host: HTMLElement;
  /** Renders `content` next to `anchor` (a mark, a painted Range, a rect) and moves focus into it. */
  show(anchor: PopoverAnchor, content: VNode): void;
  /** Closes the popover; focus goes back to the anchor if it was inside the popover. */
  hide(): void;
  isOpen(): boolean;
  /** Places the popover by its anchor again, or closes it when the anchor has left the page. */
  reposition(): void;
  /** Removes the host element and every listener this module added. */
  destroy(): void;
}

/**
 * Creates the host; it is in the page only while a popover is open. Its own
 * styling (`all: initial`, fixed, topmost) is the `:host` rule of POPOVER_CSS,
 * marked !important because a shadow root's important rules beat the page's.
 */
export function createPopoverHost(
  doc: Document,
  trusts: (event: Event) => boolean = (event) => event.isTrusted, // Test seam.
): PopoverHost {
  const win = doc.defaultView ?? window;
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, 'popover');
  // Open, not closed: the e2e tests must look inside, and a closed root would hide
  // nothing from the page anyway (it sees what we render through layout and events).
  const shadow = host.attachShadow({ mode: 'open' });
  // Open means a page script can reach our buttons: only the reader's own events act on them.
  dropUntrustedEvents(shadow, trusts);
  adoptStyles(doc, shadow);
  const container = doc.createElement('div');
  container.lang = 'en'; // The dialog inside says its own language.
  container.dir = 'ltr';
  shadow.append(container);

  let anchor: PopoverAnchor | null = null;

  const place = () => {
    if (!anchor) return;
    if (isElement(anchor) && !anchor.isConnected) return close(false);
    // A painted range collapses when the page removes or rewrites its text.
    if (isRange(anchor) && anchor.collapsed) return close(false);
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const rect = isElement(anchor) ? anchor.getBoundingClientRect() : isRange(anchor) ? firstRect(anchor) : anchor;
    host.style.setProperty('--cp-max-height', `${Math.max(0, viewport.height - 16)}px`);
    const size = host.getBoundingClientRect();
    const placement = placePopover(rect, size, viewport);
    // Custom properties, read by the :host rule: `all: initial !important` there would beat plain top/left.
    host.style.setProperty('--cp-top', `${placement.top}px`);
    host.style.setProperty('--cp-left', `${placement.left}px`);
    host.style.setProperty('--cp-max-height', `${placement.maxHeight}px`);
    host.dataset.side = placement.side;
  };
  const onPointerDown = (event: Event) => {
    const path = event.composedPath();
    if (path.includes(host) || (isElement(anchor) && path.includes(anchor))) return;
    close(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !anchor) return;
    // Our Escape, when pressed in the popover: the page's own dialogs must not close too.
    const fromPopover = event.composedPath().includes(host);
    if (fromPopover) event.stopPropagation();
    // Focus goes back to the highlight only from the popover: never steal it from the page's own fields.
    close(fromPopover || doc.activeElement === anchor);
  };
  // Scroll fires far more often than frames are drawn; place once per frame.
  let frame = 0;
  const placeSoon = () => {
    if (frame === 0) frame = win.requestAnimationFrame(() => ((frame = 0), place()));
  };
  const listeners: [EventTarget, string, (event: never) => void, AddEventListenerOptions][] = [
    [doc, 'pointerdown', onPointerDown, { capture: true }],
    [doc, 'keydown', onKeyDown, { capture: true }],
    [win, 'scroll', placeSoon, { capture: true, passive: true }],
    [win, 'resize', placeSoon, { passive: true }],
  ];
  const listen = (on: boolean) => {
    for (const [target, type, listener, options] of listeners) {
      if (on) target.addEventListener(type, listener as EventListener, options);
      else target.removeEventListener(type, listener as EventListener, options);
    }
  };

  function close(restoreFocus: boolean) {
    if (!anchor) return;
    const previous = anchor;
    anchor = null;
    listen(false);
    if (frame !== 0) win.cancelAnimationFrame(frame);
    frame = 0;
    render(null, container);
    host.remove(); // A closed popover leaves the page's DOM as it found it.
    if (restoreFocus && isElement(previous)) (previous as HTMLElement).focus?.({ preventScroll: true });
  }

  return {
    host,
    show(nextAnchor, content) {
      if (!anchor) listen(true);
      anchor = nextAnchor;
      if (!host.isConnected) doc.documentElement.append(host);
      render(content, container);
      place();
      const dialog = shadow.querySelector('[role="dialog"]') ?? container.firstElementChild;
      (dialog as HTMLElement | null)?.focus?.({ preventScroll: true });
    },
    hide() {
      // Give focus back only if it was in the popover, e.g. its close button was pressed.
      close(doc.activeElement === host);
    },
    isOpen: () => anchor !== null,
    reposition: place,
    destroy() {
      close(false);
    },
  };
}

// Duck-typed rather than instanceof, which fails across realms (frames, content-script worlds).
function isElement(anchor: PopoverAnchor | null): anchor is Element {
  return anchor !== null && 'nodeType' in anchor;
}

function isRange(anchor: PopoverAnchor | null): anchor is Range {
  return anchor !== null && 'collapsed' in anchor;
}

// A range that wraps over two lines: next to where it starts, as a reader's eye is.
function firstRect(range: Range): DOMRect {
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}

/**
 * A constructed stylesheet is exempt from the page's style-src CSP; where it
 * cannot be adopted (Firefox content scripts' Xray wrappers can refuse the
 * assignment) a <style> element in the shadow root does the job.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (!Sheet || !('adoptedStyleSheets' in shadow)) throw new Error('no constructable stylesheets');
    const sheet = new Sheet();
    sheet.replaceSync(POPOVER_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    shadow.append(style);
  }
}
