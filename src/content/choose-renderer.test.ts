// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseRenderer, MAX_MARKED_RANGES } from './choose-renderer.ts';
import type { HighlightApi } from './paint-highlights.ts';

// Fixtures are our own constants, never page text.
function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

const api = { registry: new Map(), create: () => ({}) } as unknown as HighlightApi;
const article = page('<article><p>Facebook and Kazakhstan.</p></article>');
const hydrating = page('<div id="__next"><p>Facebook and Kazakhstan.</p></div>');

describe('chooseRenderer', () => {
  it('marks a static article with as many ranges as marks are worth', () => {
    expect(chooseRenderer(article, 12, api)).toEqual({ kind: 'marks' });
    expect(chooseRenderer(article, MAX_MARKED_RANGES, api)).toEqual({ kind: 'marks' });
  });

  it('paints a page with more ranges than that, static or not', () => {
    expect(chooseRenderer(article, MAX_MARKED_RANGES + 1, api)).toEqual({ kind: 'paint', api });
    expect(chooseRenderer(hydrating, MAX_MARKED_RANGES + 1, api)).toEqual({ kind: 'paint', api });
  });

  it('paints a page a framework will hydrate, however few its ranges', () => {
    expect(chooseRenderer(hydrating, 3, api)).toEqual({ kind: 'paint', api });
  });

  it('without the Highlight API: marks where marks are safe, at any count; nothing on a hydrating page', () => {
    expect(chooseRenderer(article, MAX_MARKED_RANGES + 1, null)).toEqual({ kind: 'marks' });
    expect(chooseRenderer(hydrating, 3, null)).toEqual({ kind: 'none' });
  });
});
