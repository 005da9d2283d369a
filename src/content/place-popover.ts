/**
 * Where to put a popover next to its anchor: below it, or above when there is
 * more room above, clamped to the viewport, with a max-height that fits.
 * Pure arithmetic on rectangles, so it is tested without layout.
 */

/** The rectangle fields placement needs (a DOMRect has them all). */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
}

/** Where the popover goes, in viewport pixels (for position: fixed). */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const MARGIN = 8; // Kept free at the viewport's edges.
const GAP = 6; // Between anchor and popover.
const MIN_HEIGHT = 120; // Below this a popover is unusable; overlap the anchor instead.

/** Places a popover of `size` next to `anchor` inside a viewport of `viewport`. */
export function placePopover(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, MIN_HEIGHT);
  const maxHeight = Math.min(room, viewport.height - 2 * MARGIN);
  const height = Math.min(size.height, maxHeight);
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  return {
    top: clamp(rawTop, MARGIN, viewport.height - MARGIN - height),
    left: clamp(anchor.left, MARGIN, viewport.width - MARGIN - size.width),
    maxHeight,
    side,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
