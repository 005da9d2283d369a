// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { nearViewport, registerNearViewport, type NamedRange, type Viewport } from './near-viewport.ts';

afterEach(() => document.body.replaceChildren());

const HEIGHT = 1000;
const LINE = 100; // Each paragraph's height in the fake layout.

/** `count` paragraphs laid out one under the other, `LINE` high, scrolled by `scroll()`; `at` moves one. */
function layout(count: number, scroll: () => number) {
  const moved = new Map<number, number>();
  const paragraphs = Array.from({ length: count }, (_, index) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = `paragraph ${index}`;
    document.body.append(paragraph);
    paragraph.getBoundingClientRect = () => {
      const top = (moved.get(index) ?? index * LINE) - scroll();
      return { top, bottom: top + LINE } as DOMRect;
    };
    return paragraph;
  });
  return {
    paragraphs,
    texts: paragraphs.map((paragraph): Node => paragraph.firstChild!),
    at: (index: number, y: number) => moved.set(index, y),
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
      paragraphs.map((paragraph, index) => [paragraph.firstChild!, [['look', { index } as unknown as AbstractRange]]]),
    );
    const look = new Set<AbstractRange>();
    const highlights = new Map([['look', look as unknown as Highlight]]);
    let changed: (() => void) | null = null;
    const viewport: Viewport = {
      height: () => HEIGHT,
      boxOf,
      onChange(change) {
        changed = change;
        return () => (changed = null);
      },
    };
    const registered = () => [...look].map((range) => (range as unknown as { index: number }).index);
    const near = registerNearViewport(inNode, highlights, viewport);
    expect(registered()).toEqual(Array.from({ length: 31 }, (_, i) => i)); // 0-30: the screen and two below.

    // Less than a screen of scrolling changes nothing registered (each change repaints the page).
    scrollY = 900;
    changed!();
    expect(registered()).toHaveLength(31);
    scrollY = 5000;
    changed!();
    // Two screens above (29-49), the screen (50-59), two below (60-80), edges included.
    expect(registered().sort((a, b) => a - b)).toEqual(Array.from({ length: 52 }, (_, i) => 29 + i));

    // A node the page edited in place (deleted from inNode) does not come back.
    inNode.delete(paragraphs[0]!.firstChild!);
    scrollY = 0;
    changed!();
    expect(registered()).not.toContain(0);
    expect(registered()).toContain(1);

    near.stop();
    expect(changed).toBeNull();
  });
});
