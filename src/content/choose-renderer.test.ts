// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseRenderer, MARKED_AGAIN_AT, MAX_MARKED_RANGES, paintedForSize } from './choose-renderer.ts';
import type { TextSegment } from './extract-text.ts';
import type { HighlightApi } from './paint-highlights.ts';

// Fixtures are our own constants, never page text.
function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

/** The text nodes of `doc`, as the extraction's segments hold them (with their text offsets). */
function segmentsOf(doc: Document): TextSegment[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const segments: TextSegment[] = [];
  let start = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    segments.push({ node, start });
    start += node.data.length + 1;
  }
  return segments;
}

/** `count` ranges, all starting at text offset `start`. */
const rangesAt = (count: number, start = 0) => Array.from({ length: count }, () => ({ start }));

const api = { registry: new Map(), create: () => ({}) } as unknown as HighlightApi;
const article = page('<article><p>Facebook and Kazakhstan.</p></article>');
const hydrating = page('<div id="__next"><p>Facebook and Kazakhstan.</p></div>');
const many = rangesAt(MAX_MARKED_RANGES + 1);

describe('chooseRenderer', () => {
  it('marks a static article with as many ranges as marks are worth', () => {
    expect(chooseRenderer(article, rangesAt(12), segmentsOf(article), { api })).toEqual({ kind: 'marks' });
    expect(chooseRenderer(article, rangesAt(MAX_MARKED_RANGES), segmentsOf(article), { api })).toEqual({
      kind: 'marks',
    });
  });

  it('paints a page with more ranges than that, static or not', () => {
    expect(chooseRenderer(article, many, segmentsOf(article), { api })).toEqual({ kind: 'paint', api, forSize: true });
    expect(chooseRenderer(hydrating, many, segmentsOf(hydrating), { api })).toEqual({
      kind: 'paint',
      api,
      forSize: true,
    });
  });

  it('keeps a painted page painted until it is well below that, so that a page hovering around it does not flip', () => {
    const between = rangesAt(MARKED_AGAIN_AT + 1);
    expect(chooseRenderer(article, between, segmentsOf(article), { api })).toEqual({ kind: 'marks' });
    expect(chooseRenderer(article, between, segmentsOf(article), { api, paintedBefore: true })).toEqual({
      kind: 'paint',
      api,
      forSize: true,
    });
    expect(
      chooseRenderer(article, rangesAt(MARKED_AGAIN_AT), segmentsOf(article), { api, paintedBefore: true }),
    ).toEqual({
      kind: 'marks',
    });
    // A hydrating page is painted whatever it was before, and not for its size.
    expect(chooseRenderer(hydrating, rangesAt(3), segmentsOf(hydrating), { api, paintedBefore: true })).toEqual({
      kind: 'paint',
      api,
      forSize: false,
    });
  });

  it('paints a page a framework will hydrate, however few its ranges', () => {
    expect(chooseRenderer(hydrating, rangesAt(3), segmentsOf(hydrating), { api })).toEqual({
      kind: 'paint',
      api,
      forSize: false,
    });
  });

  it('without the Highlight API: marks where marks are safe, at any count; nothing on a hydrating page', () => {
    expect(chooseRenderer(article, many, segmentsOf(article), { api: null })).toEqual({ kind: 'marks' });
    expect(chooseRenderer(hydrating, rangesAt(3), segmentsOf(hydrating), { api: null })).toEqual({ kind: 'none' });
  });
});

describe('paintedForSize', () => {
  it('is false when a range starts in a shadow root, which the document sheet and a click do not reach', () => {
    const doc = page('<p>Facebook and Kazakhstan.</p><news-article></news-article>');
    const shadow = doc.querySelector('news-article')!.attachShadow({ mode: 'open' });
    shadow.append(doc.createTextNode('Meta denied it.'));
    const segments = [...segmentsOf(doc), { node: shadow.firstChild as Text, start: 100 }];
    // A web component elsewhere (a share button) does not keep the page marked; a range in it does.
    expect(paintedForSize(many, segments, api)).toBe(true);
    expect(paintedForSize([...many, { start: 104 }], segments, api)).toBe(false);
  });
});
