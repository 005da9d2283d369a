/**
 * How a reader reaches the page's highlights, for both ways of drawing them:
 * the keyboard walk (claim-walk.ts), the popup's "jump to claim", and, for
 * painted highlights, clicks (painted-clicks.ts) and the ring of the claim
 * jumped to. Following the page's changes is the scanner's (page-watch.ts).
 */
import { attachClaimWalk, compare, walkFrom, type WalkStop } from './claim-walk.ts';
import type { Highlights } from './highlight.ts';
import { focusAsJumpTarget } from './jump-target.ts';
import { ourMarkClaim } from './our-marks.ts';
import { isIntact, type HighlightApi, type PaintedHighlights, type PaintTarget } from './paint-highlights.ts';
import { attachPaintedClicks } from './painted-clicks.ts';
import type { PopoverWiring } from './popovers.tsx';
import { liveRange, type TextSpan } from './text-span.ts';
import { JUMP_HIGHLIGHT } from '../ui/highlight-paint-css.ts';

/** The reader's ways to the highlights of one scan. */
export interface HighlightAccess {
  /** Scrolls to the first highlight of a claim and brings focus there; false if the page shows none. */
  focusClaim(claimId: string): boolean;
  /** The claims that have a highlight on the page now. */
  shownClaimIds(): Set<string>;
  destroy(): void;
}

/** What the access needs besides the highlights. */
export interface AccessOptions {
  wiring: PopoverWiring;
  /** The Highlight API, when `highlights` were painted with it. */
  api: HighlightApi | null;
  /** Whether a click opens a popover now (not in "none in the page"). */
  opensOnClick(): boolean;
}

/** Wires the walk, the jump and (for painted highlights) clicks and following. */
export function attachHighlightAccess(
  doc: Document,
  highlights: Pick<Highlights, 'marks'> | PaintedHighlights,
  options: AccessOptions,
): HighlightAccess {
  const targets = 'targets' in highlights ? highlights.targets : [];
  const cleanups: (() => void)[] = [];
  const ring = paintedRing(doc, options.api);
  cleanups.push(ring.clear);

  const openPainted = (target: PaintTarget, span: TextSpan) => {
    const { 'data-claim': claim, 'data-quote-index': quoteIndex } = target.attributes;
    // A live Range as the anchor, while the popover is open: it follows the text as the page moves.
    options.wiring.open({ anchor: liveRange(span), dataset: { claim, quoteIndex } });
  };
  const go = (stop: WalkStop) => {
    if (stop.kind === 'mark') {
      stop.element.scrollIntoView({ block: 'center' });
      focusAsJumpTarget(stop.element);
      options.wiring.open(stop.element);
      return;
    }
    const target = targets[stop.index]!;
    scrollToSpan(stop.span);
    ring.show(target);
    openPainted(target, stop.span);
  };
  const stops = (): WalkStop[] => {
    const marks: WalkStop[] = highlights.marks
      .filter((mark) => mark.isConnected && mark.hasAttribute('role'))
      .map((element) => ({ kind: 'mark', element }));
    const painted: WalkStop[] = targets.flatMap((target, index) => {
      const at = target.spans.findIndex((_, index) => isIntact(target, index));
      return at >= 0 ? [{ kind: 'paint' as const, span: target.spans[at]!, index }] : [];
    });
    return [...marks, ...painted].sort(compare);
  };
  cleanups.push(attachClaimWalk(doc, { stops, go }).destroy);

  if (targets.length > 0) {
    cleanups.push(
      attachPaintedClicks(
        doc,
        () => targets,
        (hit) => {
          walkFrom({ kind: 'paint', span: hit.span, index: targets.indexOf(hit.target) });
          openPainted(hit.target, hit.span);
        },
        options.opensOnClick,
      ).destroy,
    );
  }

  return {
    focusClaim(claimId) {
      // A mark the page removed or hid since the last reconcile cannot be jumped to.
      const mark = highlights.marks.find(
        (element) => ourMarkClaim(element) === claimId && element.isConnected && element.checkVisibility(),
      );
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
        focusAsJumpTarget(mark);
        return true;
      }
      // Painted text cannot take focus: its popover does, and a screen reader announces it.
      const stop = stops().find(
        (each) => each.kind === 'paint' && targets[each.index]!.attributes['data-claim'] === claimId,
      );
      if (!stop) return false;
      walkFrom(stop); // The walk goes on from here.
      go(stop);
      return true;
    },
    shownClaimIds() {
      const ids = new Set<string>();
      for (const mark of highlights.marks) {
        const id = ourMarkClaim(mark);
        if (id !== undefined && mark.isConnected) ids.add(id);
      }
      // A claim already shown needs no look at its other targets (a long page repeats a few claims).
      for (const target of targets) {
        const id = target.attributes['data-claim'];
        if (id !== undefined && !ids.has(id) && target.spans.some((_, index) => isIntact(target, index))) ids.add(id);
      }
      return ids;
    },
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}

// Centre the words themselves, not their (possibly long) paragraph.
function scrollToSpan(span: TextSpan): void {
  span.node.parentElement?.scrollIntoView({ block: 'nearest' });
  const box = liveRange(span).getBoundingClientRect();
  const win = span.node.ownerDocument.defaultView;
  win?.scrollBy({ top: box.top - win.innerHeight / 2 + box.height / 2, behavior: 'instant' });
}

/** The jump target's ring for painted text: its own highlight, above the others, gone on the next click. */
function paintedRing(doc: Document, api: HighlightApi | null): { show(target: PaintTarget): void; clear(): void } {
  let shown: Highlight | null = null;
  const clear = () => {
    if (shown && api?.registry.get(JUMP_HIGHLIGHT) === shown) api.registry.delete(JUMP_HIGHLIGHT);
    shown = null;
    doc.removeEventListener('pointerdown', onPointerDown, true);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted) clear();
  };
  return {
    show(target) {
      if (!api) return;
      clear();
      shown = api.create(target.spans.map(api.staticRange));
      shown.priority = 1; // Over the target's own look.
      api.registry.set(JUMP_HIGHLIGHT, shown);
      doc.addEventListener('pointerdown', onPointerDown, true);
    },
    clear,
  };
}
