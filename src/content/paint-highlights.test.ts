// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, type ExtractedText } from './extract-text.ts';
import type { HighlightRange } from './highlight.ts';
import { highlightApi, isStale, paintRangesInSteps, type HighlightApi } from './paint-highlights.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The registry boundary only: happy-dom has no CSS.highlights. Ranges are the DOM's own. */
function fakeApi(): HighlightApi & { names: Map<string, Range[]> } {
  const names = new Map<string, Range[]>();
  const created = new WeakMap<object, Range[]>();
  return {
    names,
    registry: {
      get: (name: string) => (names.has(name) ? (byRanges.get(names.get(name)!) as Highlight) : undefined),
      set(name: string, highlight: Highlight) {
        const ranges = created.get(highlight)!;
        names.set(name, ranges);
        byRanges.set(ranges, highlight);
        return this as unknown as HighlightRegistry;
      },
      delete: (name: string) => names.delete(name),
    },
    create(ranges) {
      const highlight = { priority: 0 } as unknown as Highlight;
      created.set(highlight, ranges);
      return highlight;
    },
  };
}
const byRanges = new Map<Range[], Highlight>();

function claim(text: string, phrase: string, status: string, emphasis = 'notable', from = 0): HighlightRange {
  const start = text.indexOf(phrase, from);
  return {
    start,
    end: start + phrase.length,
    className: 'counterpoint-claim',
    attributes: { 'data-claim': `c-${status}`, 'data-claim-status': status, 'data-emphasis': emphasis },
    label: `${phrase} — claim`,
  };
}

afterEach(() => document.body.replaceChildren());

/** Paints with no pause between pieces. */
async function paintRanges(...args: [Document, ExtractedText, HighlightRange[], HighlightApi]) {
  return (await paintRangesInSteps(...args, () => undefined))!;
}

describe('paintRangesInSteps, without pauses', () => {
  it('paints live ranges over exactly the words, across inline markup, without changing a node', async () => {
    const root = fixture('<p>Facebook gave <b>direct and</b> exclusive access, it said.</p><p>A joint statement.</p>');
    const before = root.innerHTML;
    const extracted = extractText(root);
    const api = fakeApi();
    const painted = await paintRanges(
      document,
      extracted,
      [
        claim(extracted.text, 'direct and exclusive access', 'disputed'),
        claim(extracted.text, 'joint statement', 'contradicted', 'quiet'),
      ],
      api,
    );
    expect(root.innerHTML).toBe(before);
    expect(painted.marks).toEqual([]);
    expect(painted.targets.map((target) => target.ranges.map(String))).toEqual([
      ['direct and', ' exclusive access'],
      ['joint statement'],
    ]);
    expect(painted.targets[0]!.attributes['data-claim']).toBe('c-disputed');
    expect([...api.names.keys()]).toEqual(['counterpoint-claim-disputed', 'counterpoint-claim-contradicted-quiet']);
    expect(api.names.get('counterpoint-claim-disputed')!.map(String)).toEqual(['direct and', ' exclusive access']);
    painted.remove();
    expect(api.names.size).toBe(0);
    expect(root.innerHTML).toBe(before);
  });

  it('gives a quote only the parts a claim inside it does not cover (targets in document order), and names misattributed quotes so', async () => {
    const root = fixture('<p>He said "we gave exclusive access to the ministry" then.</p>');
    const extracted = extractText(root);
    const quoteText = 'we gave exclusive access to the ministry';
    const start = extracted.text.indexOf(quoteText);
    const quote: HighlightRange = {
      start,
      end: start + quoteText.length,
      className: 'counterpoint-quote',
      attributes: {
        'data-quote-verdict': 'variant',
        'data-quote-index': '0',
        'data-emphasis': 'notable',
        'data-quote-misattributed': '',
      },
      label: 'quote',
    };
    const api = fakeApi();
    const painted = await paintRanges(
      document,
      extracted,
      [claim(extracted.text, 'exclusive access', 'disputed'), quote],
      api,
    );
    expect(painted.targets.map((target) => target.ranges.map(String))).toEqual([
      ['we gave', 'to the ministry'],
      ['exclusive access'],
    ]);
    expect(api.names.has('counterpoint-quote-misattributed')).toBe(true);
  });

  it('leaves out a node the page changed before painting, and sees a painted one the page changes after', async () => {
    const root = fixture('<p>direct and exclusive access</p><p>joint statement</p>');
    const extracted = extractText(root);
    root.querySelector('p')!.firstChild!.textContent = 'something else entirely';
    const painted = await paintRanges(
      document,
      extracted,
      [
        claim(extracted.text, 'direct and exclusive access', 'disputed'),
        claim(extracted.text, 'joint statement', 'disputed'),
      ],
      fakeApi(),
    );
    expect(painted.targets.map((target) => target.ranges.map(String))).toEqual([['joint statement']]);
    expect(painted.complete).toBe(false); // So the scanner reads the page again at its next change.
    expect(isStale(painted.targets[0]!)).toBe(false);
    root.querySelectorAll('p')[1]!.firstChild!.nodeValue = 'UPDATED: joint statement';
    expect(isStale(painted.targets[0]!)).toBe(true);
  });

  it("removes only its own highlights: a page's, or a later scan's under the same name, stay", async () => {
    const root = fixture('<p>joint statement</p>');
    const extracted = extractText(root);
    const api = fakeApi();
    const first = await paintRanges(document, extracted, [claim(extracted.text, 'joint statement', 'disputed')], api);
    const second = await paintRanges(document, extracted, [claim(extracted.text, 'joint statement', 'disputed')], api);
    api.registry.set('page-own', api.create([]));
    first.remove();
    expect([...api.names.keys()]).toEqual(['counterpoint-claim-disputed', 'page-own']);
    second.remove();
    second.remove();
    expect([...api.names.keys()]).toEqual(['page-own']);
  });
});

describe('paintRangesInSteps', () => {
  it('leaves out a node the page changed during a pause, and says the paint is incomplete', async () => {
    const root = fixture('<p>direct and exclusive access</p><p>joint statement</p>');
    const extracted = extractText(root);
    const ranges = [
      claim(extracted.text, 'direct and exclusive access', 'disputed'),
      claim(extracted.text, 'joint statement', 'disputed'),
    ];
    const api = fakeApi();
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      // After the ranges are sliced: the page rewrites the first paragraph's text meanwhile.
      if (pauses === 2) root.querySelector('p')!.firstChild!.textContent = 'something else entirely';
    };
    const painted = await paintRangesInSteps(document, extracted, ranges, api, pause);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(painted!.targets.map((target) => target.ranges.map(String))).toEqual([['joint statement']]);
    expect(painted!.complete).toBe(false); // So the scanner reads the page again.
    expect((await paintRangesInSteps(document, extractText(root), [], api, () => undefined))!.complete).toBe(true);
  });

  it('registers nothing when aborted during a pause', async () => {
    const root = fixture('<p>direct and exclusive access</p>');
    const extracted = extractText(root);
    const api = fakeApi();
    const controller = new AbortController();
    const painted = await paintRangesInSteps(
      document,
      extracted,
      [claim(extracted.text, 'direct and exclusive access', 'disputed')],
      api,
      () => controller.abort(),
      controller.signal,
    );
    expect(painted).toBeNull();
    expect(api.names.size).toBe(0);
  });
});

describe('highlightApi', () => {
  it('is null in a window without the Highlight API', () => {
    expect(highlightApi({ CSS: {} } as unknown as Window & typeof globalThis)).toBeNull();
  });
});
