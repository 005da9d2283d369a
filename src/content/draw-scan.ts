/**
 * Puts a scan on the page: the stylesheet first, so that each mark is drawn
 * in its final style as it comes (added after the marks, it restyled all of
 * them at once: a single layout of the whole page, ~0.3 s on 1 MB), then the
 * marks or painted ranges, each marked block's signature for the reconciler,
 * the popovers and the keyboard and popup access. Whatever fails on the way,
 * nothing of it stays in the page.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import { planBlocks } from './block-plan.ts';
import type { Renderer } from './choose-renderer.ts';
import { currentMode } from './emphasis-mode.ts';
import type { ExtractedText } from './extract-text.ts';
import { highlightRanges, type HighlightRange, type Highlights } from './highlight.ts';
import { attachHighlightAccess, type HighlightAccess } from './highlight-access.ts';
import { paintRangesInSteps, type PaintedHighlights } from './paint-highlights.ts';
import { injectPageStyle, type PageStyle } from './page-style.ts';
import type { PageWatch } from './page-watch.ts';
import { attachPopovers, type PopoverWiring } from './popovers.tsx';
import { changeAside, markAside } from './watch-aside.ts';

/** A read of the page and what to draw on it. */
export interface PageScan {
  /** The story's corpus, loaded when a popover first opens. */
  corpus(): Promise<Corpus>;
  scan: TextScan;
  extracted: ExtractedText;
  /** Each segment's text length when extracted (highlighting shortens the nodes). */
  lengths: number[];
  ranges: HighlightRange[];
}

/** What drawing a scan put on the page. */
export interface DrawnScan {
  highlights: Highlights;
  painted: PaintedHighlights | null;
  /** The signature of every marked block, which the reconciler compares later reads with. */
  signatures: Map<Element, string>;
  wiring: PopoverWiring;
  access: HighlightAccess;
  style: PageStyle;
}

/** In "none in the page" a click on (invisible) marked text is the page's, not ours. */
const opensOnClick = (): boolean => currentMode() !== 'none';

/** The keyboard walk, the popup's jump and, on painted pages, clicks: rewired with the popovers. */
export function attachAccess(
  highlights: Highlights | PaintedHighlights,
  wiring: PopoverWiring,
  renderer: Renderer,
): HighlightAccess {
  return attachHighlightAccess(document, highlights, {
    wiring,
    api: renderer.kind === 'paint' ? renderer.api : null,
    opensOnClick,
  });
}

/** Draws `page` with `renderer`; null when aborted (nothing of it left in the page). */
export async function drawScan(
  page: PageScan,
  renderer: Renderer,
  watch: PageWatch | null,
  pause: () => Promise<void> | void,
  signal: AbortSignal,
): Promise<DrawnScan | null> {
  const { corpus, scan, extracted, ranges } = page;
  // A painted page gets no <style>: a framework hydrating the whole document checks <head> too
  // (and a page painted for its size has no mark in a shadow root to need one there).
  const style = changeAside(watch, () =>
    injectPageStyle(document, currentMode(), {
      adopted: renderer.kind !== 'marks',
      painted: renderer.kind === 'paint',
    }),
  );
  let highlights: Highlights | null = null;
  let painted: PaintedHighlights | null = null;
  try {
    highlights =
      renderer.kind === 'marks'
        ? await markAside(watch, extracted, ranges, pause, signal)
        : highlightRanges(document.body, extracted, []); // No marks: the reconciler has nothing to follow.
    if (!highlights) {
      style.remove();
      return null;
    }
    if (renderer.kind === 'paint') {
      painted = await paintRangesInSteps(extracted, ranges, renderer.api, pause, signal);
      if (!painted) {
        style.remove(); // No marks were made: nothing else to take away.
        return null;
      }
    }
    const signatures = renderer.kind === 'marks' ? markedSignatures(highlights, page) : new Map<Element, string>();
    const wiring = attachPopovers(document, corpus, scan, { opensOnClick });
    const access = attachAccess(painted ?? highlights, wiring, renderer);
    // Marks in open shadow roots need the stylesheet in each of those roots too.
    const drawn = highlights;
    changeAside(watch, () => style.addMarks(drawn.marks));
    return { highlights, painted, signatures, wiring, access, style };
  } catch (error) {
    const made = highlights;
    if (made) changeAside(watch, () => made.remove());
    painted?.remove();
    style.remove();
    throw error;
  }
}

// The signature of every block that holds marks: what the reconciler compares later reads with.
function markedSignatures(highlights: Highlights, page: PageScan): Map<Element, string> {
  const marked = highlights.blocks();
  const { signatures } = planBlocks(document.body, page.extracted, page.ranges, page.lengths);
  return new Map([...signatures].filter(([block]) => marked.has(block)));
}
