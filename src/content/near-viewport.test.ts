// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { runSteps } from './run-steps.ts';
import {
  MAX_FLOWS,
  nearViewport,
  readLayout,
  viewportOf,
  registerNearViewport,
  type NamedRange,
  type Viewport,
} from './near-viewport.ts';

afterEach(() => document.body.replaceChildren());

const HEIGHT = 1000;
const LINE = 100; // Each paragraph's height in the fake layout.

/**
 * `count` paragraphs laid out one under the other, `LINE` high, scrolled by `scroll()`; `at` moves
 * one in the page, `stuck` puts one at a place on the screen that scrolling does not move.
 */
function layout(count: number, scroll: () => number) {
  const moved = new Map<number, number>();
  const stuck = new Map<number, number>();
  const paragraphs = Array.from({ length: count }, (_, index) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = `paragraph ${index}`;
    document.body.append(paragraph);
    paragraph.getBoundingClientRect = () => {
      const top = stuck.get(index) ?? (moved.get(index) ?? index * LINE) - scroll();
      return { top, bottom: top + LINE } as DOMRect;
    };
    return paragraph;
  });
  return {
    paragraphs,
    texts: paragraphs.map((paragraph): Node => paragraph.firstChild!),
    at: (index: number, y: number) => moved.set(index, y),
    stick: (index: number, top: number) => stuck.set(index, top),
  };
}

/** A text node's box: its paragraph's, in the fake layout. */
const boxOf = (node: Node) => node.parentElement!.getBoundingClientRect();

describe('nearViewport', () => {
  it('finds the elements within a screen of the viewport, reading few boxes of a long page', () => {
    let scrollY = 50_000;
    const { paragraphs, texts } = layout(10_000, () => scrollY);
    let reads = 0;
    for (const paragraph of paragraphs) {
      const read = paragraph.getBoundingClientRect;
      paragraph.getBoundingClientRect = () => ((reads += 1), read());
    }
    // A screen above (paragraphs 490-499), the screen (500-509), a screen below (510-519), edges included.
    const near = [...nearViewport(texts, HEIGHT, boxOf)].map((text) => texts.indexOf(text));
    expect(near).toEqual(Array.from({ length: 32 }, (_, i) => 489 + i));
    expect(reads).toBeLessThan(100);
    scrollY = 0;
    expect(nearViewport(texts, HEIGHT, boxOf).has(texts[0]!)).toBe(true);
  });

  it('keeps an element a little out of document order, as a sticky or floated one may be', () => {
    const { texts, at } = layout(2000, () => 100_000);
    at(1010, 100_300); // In view, though document order puts it 1,010 paragraphs down.
    at(1001, 0); // Far above, though among those in view.
    const near = nearViewport(texts, HEIGHT, boxOf);
    expect(near.has(texts[1010]!)).toBe(true);
    expect(near.has(texts[1001]!)).toBe(false);
  });
});

describe('registerNearViewport', () => {
  it('registers the ranges of the elements near the viewport, and follows it until stopped', () => {
    let scrollY = 0;
    const { paragraphs } = layout(100, () => scrollY);
    const inNode = new Map<Node, NamedRange[]>(
      paragraphs.map((paragraph, index) => [paragraph.firstChild!, [lookRange(index)]]),
    );
    const look = new Set<AbstractRange>();
    const highlights = new Map([['look', look as unknown as Highlight]]);
    const { viewport, changed } = fakeViewport(() => scrollY);
    const registered = () => [...look].map((range) => (range as unknown as { index: number }).index);
    const near = registerNearViewport(inNode, highlights, viewport, runSteps(readLayout([...inNode.keys()], viewport)));
    expect(registered()).toEqual(Array.from({ length: 31 }, (_, i) => i)); // 0-30: the screen and two below.

    // Less than a screen of scrolling changes nothing registered (each change repaints the page).
    scrollY = 900;
    changed()!();
    expect(registered()).toHaveLength(31);
    scrollY = 5000;
    changed()!();
    // Two screens above (29-49), the screen (50-59), two below (60-80), edges included.
    expect(registered().sort((a, b) => a - b)).toEqual(Array.from({ length: 52 }, (_, i) => 29 + i));

    // A node the page edited in place (deleted from inNode) does not come back.
    inNode.delete(paragraphs[0]!.firstChild!);
    scrollY = 0;
    changed()!();
    expect(registered()).not.toContain(0);
    expect(registered()).toContain(1);

    near.stop();
    expect(changed()).toBeNull();
  });

  it('always registers what stays on screen, and searches each column of the page on its own', () => {
    let scrollY = 0;
    const { paragraphs, stick, at } = layout(200, () => scrollY);
    stick(0, 0); // A sticky header, first in document order.
    at(199, 0); // A sidebar beside the top of the article, last in document order.
    const pinned = new Set([paragraphs[0]!.firstChild!]);
    const { registered, changed } = registerParagraphs(paragraphs, () => scrollY, pinned);
    expect(registered()).toContain(0);
    expect(registered()).toContain(199);
    expect(registered()).toContain(30);

    scrollY = 15_000;
    changed()!();
    // The header, and what is around paragraph 150 (two screens either way); not the sidebar.
    expect(registered()).toContain(0);
    expect(registered()).toContain(150);
    expect(registered()).not.toContain(199);
    expect(registered()).not.toContain(30);
  });

  it('follows the page when a box it found near the viewport stops moving with it', () => {
    let scrollY = 0;
    const { paragraphs, stick } = layout(200, () => scrollY);
    // The first paragraph near the viewport, which the page then pins (a header that sticks once
    // scrolled): not known as pinned when registered, but the other anchor still moves.
    const { registered, changed } = registerParagraphs(paragraphs, () => scrollY);
    stick(0, 0);
    scrollY = 15_000;
    changed()!();
    expect(registered()).toContain(150);
  });

  it('reads the layout again when the width of the viewport changes', () => {
    let width = 800;
    const { paragraphs, at } = layout(200, () => 0);
    const { registered, changed } = registerParagraphs(
      paragraphs,
      () => 0,
      new Set(),
      () => width,
    );
    at(199, 0); // Narrower, the page moved its last paragraph into a column beside the first.
    width = 600;
    changed()!();
    expect(registered()).toContain(199);
  });

  it('registers every range of a layout cut into more flows than it follows', () => {
    const { paragraphs, at } = layout(2 * MAX_FLOWS + 2, () => 0);
    paragraphs.forEach((_, index) => at(index, (index % 2) * 50 * LINE));
    expect(registerParagraphs(paragraphs, () => 0).registered()).toHaveLength(paragraphs.length);
  });
});

describe("the page's style tests", () => {
  it('finds text in a fixed or sticky box, through paragraphs and links, and containers that lay children side by side', () => {
    document.body.innerHTML =
      '<header style="position: sticky"><p>stuck <a>link</a></p></header>' +
      '<div style="position: fixed"><span>fixed</span></div>' +
      '<main style="display: grid"><article><p>flowing <a>link</a></p></article></main>' +
      '<section style="column-count: 2"></section>';
    const tests = viewportOf(window).styleTests();
    const text = (selector: string) => document.querySelector(selector)!.firstChild!;
    expect(tests.pinned(text('header p'))).toBe(true);
    expect(tests.pinned(text('header a'))).toBe(true);
    expect(tests.pinned(text('div span'))).toBe(true);
    expect(tests.pinned(text('article p'))).toBe(false);
    expect(tests.pinned(text('article a'))).toBe(false);
    expect(tests.sideBySide(document.querySelector('main')!)).toBe(true);
    expect(tests.sideBySide(document.querySelector('section')!)).toBe(true);
    expect(tests.sideBySide(document.querySelector('article')!)).toBe(false);
  });
});

describe('readLayout', () => {
  it('cuts where a node lies wholly above the one before, keeping nodes with no height in their flow', () => {
    const { texts, at } = layout(10, () => 0);
    at(3, 3 * LINE - 10); // Overlapping the one before (a raised mark): the same flow.
    at(6, 0); // Back at the top: a second column.
    at(8, 0);
    texts[8]!.parentElement!.getBoundingClientRect = () => ({ top: 0, bottom: 0 }) as DOMRect; // Not rendered.
    expect(flowsOf(texts)?.map((flow) => flow.map((text) => texts.indexOf(text)))).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9],
    ]);
  });

  it('gives up on a layout cut into more flows than it follows', () => {
    // Down, up, down, up...: two nodes a flow.
    const { texts, at } = layout(2 * MAX_FLOWS + 2, () => 0);
    texts.forEach((_, index) => at(index, (index % 2) * 5 * LINE));
    expect(flowsOf(texts)).toBeNull();
    expect(flowsOf(texts.slice(0, 2 * MAX_FLOWS))).toHaveLength(MAX_FLOWS);
  });

  it('places nodes in the page, so that scrolling while it pauses cuts no flow', () => {
    let scrollY = 0;
    const { texts } = layout(1000, () => scrollY);
    const { viewport } = fakeViewport(() => scrollY);
    const steps = readLayout(texts, viewport);
    steps.next();
    scrollY = 50_000; // The reader scrolls down during the first pause.
    expect(runSteps(steps).flows).toEqual([texts]);
  });

  it('reads two boxes of a container laying its paragraphs one under the other, and still cuts at the next', () => {
    const { paragraphs, texts, at } = layout(101, () => 0);
    const article = document.createElement('article');
    const aside = document.createElement('aside');
    article.append(...paragraphs.slice(0, 100));
    aside.append(paragraphs[100]!);
    document.body.append(article, aside);
    at(100, 0); // The sidebar, beside the article's top.
    let reads = 0;
    const viewport: Viewport = {
      ...fakeViewport(() => 0).viewport,
      boxOf: (node) => ((reads += 1), boxOf(node)),
      styleTests: () => ({ pinned: () => false, sideBySide: (element) => element !== article }),
    };
    const { flows } = runSteps(readLayout(texts, viewport));
    expect(flows).toEqual([texts.slice(0, 100), [texts[100]]]);
    expect(reads).toBe(3); // The article's first and last paragraphs, the sidebar's.
  });

  it('keeps what is in a fixed or sticky box out of the flows', () => {
    const { texts } = layout(5, () => 0);
    const { viewport } = fakeViewport(() => 0, new Set([texts[2]!]));
    const read = runSteps(readLayout(texts, viewport));
    expect([...read.pinned]).toEqual([texts[2]]);
    expect(read.flows).toEqual([[texts[0], texts[1], texts[3], texts[4]]]);
  });
});

/** The flows `readLayout` finds among `nodes` in the fake layout (nothing pinned). */
function flowsOf(nodes: readonly Node[]) {
  return runSteps(readLayout(nodes, fakeViewport(() => 0).viewport)).flows;
}

/** A viewport of HEIGHT over the fake layout scrolled by `scroll()`, `pinned` nodes in fixed boxes; `changed()` is its listener while followed. */
function fakeViewport(scroll: () => number, pinned: ReadonlySet<Node> = new Set(), width = () => 800) {
  let changed: (() => void) | null = null;
  const viewport: Viewport = {
    height: () => HEIGHT,
    width,
    boxOf,
    scrollY: scroll,
    // Every container side by side: every box is read, as the fake layout places each paragraph.
    styleTests: () => ({ pinned: (node) => pinned.has(node), sideBySide: () => true }),
    onChange(change) {
      changed = change;
      return () => (changed = null);
    },
  };
  return { viewport, changed: () => changed };
}

/** Registers one range per paragraph; `registered()` gives the indices of those registered. */
function registerParagraphs(
  paragraphs: readonly HTMLElement[],
  scroll: () => number,
  pinned?: ReadonlySet<Node>,
  width?: () => number,
) {
  const inNode = new Map<Node, NamedRange[]>(
    paragraphs.map((paragraph, index) => [paragraph.firstChild!, [lookRange(index)]]),
  );
  const look = new Set<AbstractRange>();
  const { viewport, changed } = fakeViewport(scroll, pinned, width);
  const layout = runSteps(readLayout([...inNode.keys()], viewport));
  registerNearViewport(inNode, new Map([['look', look as unknown as Highlight]]), viewport, layout);
  return { registered: () => [...look].map((range) => (range as unknown as { index: number }).index), changed };
}

/** A span of the highlight 'look' whose range is a stand-in carrying `index`. */
function lookRange(index: number): NamedRange {
  const range = { index } as unknown as AbstractRange;
  return { name: 'look', range: () => range };
}
