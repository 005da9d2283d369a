/**
 * The second way highlights are drawn, for pages a framework will hydrate
 * (framework-roots.ts) and pages with more highlights than marks are worth
 * (choose-renderer.ts): the CSS Custom Highlight API paints StaticRanges over
 * the page's text without changing a single node, so hydration finds the DOM
 * exactly as the server sent it, and the browser lays out nothing again.
 * Static, they cost the page's own DOM work nothing (text-span.ts); text the
 * page edits in place stops being painted at once (forgetEdited), and the
 * scanner paints a page whose painted text changed anew (isStale). Each look
 * is one named Highlight in `CSS.highlights`, styled by ::highlight() rules in
 * our page stylesheet (ui/highlight-paint-css.ts); a page with thousands of
 * spans registers only those near the viewport (near-viewport.ts). remove()
 * deletes only the highlights we registered: there is nothing in the DOM to
 * restore.
 *
 * Painted text has no element to click, focus or name, so the scanner pairs
 * this with painted-clicks.ts (a click hit-tests the ranges) and the keyboard
 * walk (claim-walk.ts); the popup's list reaches them too.
 */
import type { ExtractedText } from './extract-text.ts';
import type { Highlights, HighlightRange } from './highlight.ts';
import { keepUncoveredParts, sliceRanges } from './markjs-ranges.ts';
import { paintHighlightName } from '../ui/highlight-paint-css.ts';
import { spanReads, type TextSpan } from './text-span.ts';
import {
  readLayout,
  registerNearViewport,
  REGISTER_ALL_UP_TO,
  viewportOf,
  type NamedRange,
  type Viewport,
} from './near-viewport.ts';

/** One painted claim or quote occurrence: its ranges in the page and what a mark would carry. */
export interface PaintTarget {
  /** The attributes its marks would have (`data-claim`, `data-quote-index`, ...). */
  attributes: Readonly<Record<string, string>>;
  /** What a screen reader is told when the walk or the popup brings the reader here. */
  label: string;
  /** One span per text node it covers, in document order. */
  spans: TextSpan[];
  /** Each span's text when painted: a span whose text differs has been changed by the page. */
  texts: string[];
  /** The named highlight it is painted with. */
  highlightName: string;
}

/** Painted highlights: no marks, the targets instead. */
export interface PaintedHighlights extends Pick<Highlights, 'marks' | 'remove'> {
  targets: PaintTarget[];
  /** False when the page changed a node after it was read: its part is missing. */
  complete: boolean;
  /**
   * Stops painting the spans in a text node the page edited in place, before the page is drawn
   * again: static, they would show the new text's characters at the old offsets until the
   * scanner paints anew.
   */
  forgetEdited(node: Node): void;
}

/** The parts of the Highlight API we use; replaced in unit tests (happy-dom has none). */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'get' | 'set' | 'delete'>;
  /** The range a highlight paints a span with: a StaticRange, which the page's DOM work never updates. */
  staticRange(span: TextSpan): AbstractRange;
  create(ranges: readonly AbstractRange[]): Highlight;
  /** The viewport, for a page with thousands of spans (near-viewport.ts); without it every span is registered. */
  viewport?: Viewport;
}

/** The API of this window, or null where the browser has none. */
export function highlightApi(win: Window & typeof globalThis = window): HighlightApi | null {
  if (typeof win.Highlight !== 'function' || !win.CSS?.highlights) return null;
  return {
    registry: win.CSS.highlights,
    staticRange: ({ node, from, to }) =>
      new win.StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to }),
    create: (ranges) => new win.Highlight(...ranges),
    viewport: viewportOf(win),
  };
}

/**
 * Paints `ranges` of `extracted` (same overlap rules as marks: earlier ranges
 * win), pausing between pieces so that a page with thousands of ranges never
 * waits on one long task; null when `signal` aborts (nothing was registered:
 * the ranges are registered in one go at the end).
 */
export async function paintRangesInSteps(
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
  api: HighlightApi,
  pause: () => Promise<void> | void,
  signal?: AbortSignal,
): Promise<PaintedHighlights | null> {
  const steps = paintInSteps(extracted, ranges, api);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (signal?.aborted) return null;
  }
}

// Spans made between two chances to pause.
const SPANS_PER_STEP = 500;

function* paintInSteps(
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
  api: HighlightApi,
): Generator<void, PaintedHighlights, void> {
  // A chance to pause first: the task that brought the background's answer has just read it in
  // (thousands of ranges on a long page) and chosen how to draw.
  yield;
  const kept = keepUncoveredParts(ranges, extracted.text);
  yield;
  // A node the page changed since it was read (during the background's scan, say) is left out.
  let complete = true;
  const slices = sliceRanges(extracted, kept, () => (complete = false));
  yield;
  const byRange = new Map<number, PaintTarget>();
  // The spans each highlight will paint, and each text node's spans with their highlight's name:
  // made here, between pauses, so that registering them at the end is one short step.
  const byName = new Map<string, SpanRange[]>();
  const inNode = new Map<Node, SpanRange[]>();
  // The node checked last, and whether it still has its data as extracted: a node's slices come
  // one after another, so each node is read once a step rather than once a slice.
  let checked: Text | null = null;
  let intact = false;
  for (const [index, slice] of slices.entries()) {
    if (index % SPANS_PER_STEP === SPANS_PER_STEP - 1) {
      yield;
      checked = null;
    }
    // The page may have changed a node while we paused: only text as extracted is painted.
    if (slice.node !== checked) {
      checked = slice.node;
      intact = slice.node.isConnected && slice.node.data === slice.data;
    }
    if (!intact) {
      complete = false;
      continue;
    }
    let target = byRange.get(slice.range);
    if (!target) {
      const source = ranges[slice.range]!;
      target = {
        attributes: source.attributes,
        label: source.label,
        spans: [],
        texts: [],
        highlightName: nameOf(source),
      };
      byRange.set(slice.range, target);
    }
    const span = { node: slice.node, from: slice.from, to: slice.to };
    target.spans.push(span);
    target.texts.push(slice.data.slice(slice.from, slice.to));
    const spanRange = new SpanRange(target.highlightName, span, api.staticRange);
    addTo(byName, target.highlightName, spanRange);
    addTo(inNode, slice.node, spanRange);
  }
  // Slices come sorted by text offset, which is document order; a Map keeps insertion order.
  const targets = [...byRange.values()];
  const ours = new Map<string, Highlight>();
  // With thousands of spans, only those near the viewport are registered (near-viewport.ts says why).
  const spans = targets.reduce((sum, target) => sum + target.spans.length, 0);
  const viewport = spans > REGISTER_ALL_UP_TO ? api.viewport : undefined;
  const layout = viewport ? yield* readLayout([...inNode.keys()], viewport) : null;
  for (const [name, list] of byName) ours.set(name, api.create(layout ? [] : list.map((span) => span.range())));
  const nearViewport = viewport && layout ? registerNearViewport(inNode, ours, viewport, layout) : null;
  for (const [name, highlight] of ours) api.registry.set(name, highlight);
  let removed = false;
  return {
    marks: [],
    targets,
    complete,
    forgetEdited(node) {
      for (const span of inNode.get(node) ?? []) {
        const range = span.madeRange();
        if (range) ours.get(span.name)!.delete(range);
      }
      inNode.delete(node);
    },
    remove() {
      if (removed) return;
      removed = true;
      nearViewport?.stop();
      // Only what we registered: a page (or a later scan) may have its own under other names.
      for (const [name, highlight] of ours) if (api.registry.get(name) === highlight) api.registry.delete(name);
    },
  };
}

/**
 * A painted span's range, made the first time it is asked for: on a page painted for its size
 * only the spans near the reader are registered, and each range is a DOM object (the 1 MB bench
 * page has ~6,500 spans, of which a few hundred are ever near at once).
 */
class SpanRange implements NamedRange {
  #range: AbstractRange | undefined;

  constructor(
    readonly name: string,
    private readonly span: TextSpan,
    private readonly make: (span: TextSpan) => AbstractRange,
  ) {}

  range(): AbstractRange {
    return (this.#range ??= this.make(this.span));
  }

  /** The range if it was made; a span never registered has none to take out. */
  madeRange(): AbstractRange | undefined {
    return this.#range;
  }
}

/** True when the page has changed a painted target's text since it was painted. */
export function isStale(target: PaintTarget): boolean {
  return target.spans.some((_, i) => !isIntact(target, i));
}

/** Whether the page still has a target's `index`th span as it was painted (where the highlight shows it). */
export function isIntact(target: PaintTarget, index: number): boolean {
  return spanReads(target.spans[index]!, target.texts[index]!);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nameOf(range: HighlightRange): string {
  const { attributes } = range;
  const quiet = attributes['data-emphasis'] === 'quiet';
  if (attributes['data-claim'] !== undefined)
    return paintHighlightName('claim', attributes['data-claim-status'] ?? 'context', quiet);
  const look =
    attributes['data-quote-misattributed'] !== undefined ? 'misattributed' : attributes['data-quote-verdict'];
  return paintHighlightName('quote', look ?? 'verbatim', quiet);
}
