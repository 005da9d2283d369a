// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, type ExtractedText } from './extract-text.ts';
import type { HighlightRange } from './highlight.ts';
import { highlightApi, isStale, paintRangesInSteps, type HighlightApi } from './paint-highlights.ts';
import { REGISTER_ALL_UP_TO } from './near-viewport.ts';
import type { TextSpan } from './text-span.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The registry boundary only: happy-dom has neither CSS.highlights nor StaticRange. Its ranges carry their span. */
type FakeRange = AbstractRange & { span: TextSpan };
function fakeApi(): HighlightApi & { names: Map<string, Highlight> } {
  const names = new Map<string, Highlight>();
  return {
    names,
    registry: {
      get: (name: string) => names.get(name),
      set(name: string, highlight: Highlight) {
        names.set(name, highlight);
        return this as unknown as HighlightRegistry;
      },
      delete: (name: string) => names.delete(name),
    },
    staticRange: (span) => ({ span }) as FakeRange,
    create: (ranges) => Object.assign(new Set(ranges), { priority: 0 }) as unknown as Highlight,
  };
}

/** A span's text as the page has it now. */
const textOf = ({ node, from, to }: TextSpan) => node.data.slice(from, to);

/** The text, as the page has it now, under each range a registered highlight paints. */
const paintedTexts = (highlight: Highlight | undefined) =>
  [...(highlight as unknown as Set<FakeRange>)].map((range) => textOf(range.span));

/** The text of each target's spans as the page has it now. */
const textsOf = (targets: readonly { spans: readonly TextSpan[] }[]) =>
  targets.map((target) => target.spans.map(textOf));

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
async function paintRanges(...args: [ExtractedText, HighlightRange[], HighlightApi]) {
  return (await paintRangesInSteps(...args, () => undefined))!;
}

describe('paintRangesInSteps, without pauses', () => {
  it('paints spans over exactly the words, across inline markup, without changing a node', async () => {
    const root = fixture('<p>Facebook gave <b>direct and</b> exclusive access, it said.</p><p>A joint statement.</p>');
    const before = root.innerHTML;
    const extracted = extractText(root);
    const api = fakeApi();
    const painted = await paintRanges(
      extracted,
      [
        claim(extracted.text, 'direct and exclusive access', 'disputed'),
        claim(extracted.text, 'joint statement', 'contradicted', 'quiet'),
      ],
      api,
    );
    expect(root.innerHTML).toBe(before);
    expect(painted.marks).toEqual([]);
    expect(textsOf(painted.targets)).toEqual([['direct and', ' exclusive access'], ['joint statement']]);
    expect(painted.targets[0]!.attributes['data-claim']).toBe('c-disputed');
    expect([...api.names.keys()]).toEqual(['counterpoint-claim-disputed', 'counterpoint-claim-contradicted-quiet']);
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toEqual(['direct and', ' exclusive access']);
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
    const painted = await paintRanges(extracted, [claim(extracted.text, 'exclusive access', 'disputed'), quote], api);
    expect(textsOf(painted.targets)).toEqual([['we gave', 'to the ministry'], ['exclusive access']]);
    expect(api.names.has('counterpoint-quote-misattributed')).toBe(true);
  });

  it('leaves out a node the page changed before painting, and sees a painted one the page changes after', async () => {
    const root = fixture('<p>direct and exclusive access</p><p>joint statement</p>');
    const extracted = extractText(root);
    root.querySelector('p')!.firstChild!.textContent = 'something else entirely';
    const painted = await paintRanges(
      extracted,
      [
        claim(extracted.text, 'direct and exclusive access', 'disputed'),
        claim(extracted.text, 'joint statement', 'disputed'),
      ],
      fakeApi(),
    );
    expect(textsOf(painted.targets)).toEqual([['joint statement']]);
    expect(painted.complete).toBe(false); // So the scanner reads the page again at its next change.
    expect(isStale(painted.targets[0]!)).toBe(false);
    root.querySelectorAll('p')[1]!.firstChild!.nodeValue = 'UPDATED: joint statement';
    expect(isStale(painted.targets[0]!)).toBe(true);
  });

  it('stops painting the spans of a node the page edits in place, the others still painted', async () => {
    const root = fixture('<p>direct and exclusive access</p><p>a joint statement</p>');
    const extracted = extractText(root);
    const api = fakeApi();
    const painted = await paintRanges(
      extracted,
      [
        claim(extracted.text, 'direct and exclusive access', 'disputed'),
        claim(extracted.text, 'joint statement', 'disputed'),
      ],
      api,
    );
    const edited = root.querySelector('p')!.firstChild!;
    // In place, as React does: the old offsets now cover other words.
    edited.nodeValue = 'indirect, and not exclusive at all';
    painted.forgetEdited(edited);
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toEqual(['joint statement']);
    expect(isStale(painted.targets[0]!)).toBe(true); // So the scanner paints the page anew.
    painted.forgetEdited(edited); // Twice, or a node with none: nothing more happens.
    painted.forgetEdited(root);
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toEqual(['joint statement']);
  });

  it("removes only its own highlights: a page's, or a later scan's under the same name, stay", async () => {
    const root = fixture('<p>joint statement</p>');
    const extracted = extractText(root);
    const api = fakeApi();
    const first = await paintRanges(extracted, [claim(extracted.text, 'joint statement', 'disputed')], api);
    const second = await paintRanges(extracted, [claim(extracted.text, 'joint statement', 'disputed')], api);
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
    const painted = await paintRangesInSteps(extracted, ranges, api, pause);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(textsOf(painted!.targets)).toEqual([['joint statement']]);
    expect(painted!.complete).toBe(false); // So the scanner reads the page again.
    expect((await paintRangesInSteps(extractText(root), [], api, () => undefined))!.complete).toBe(true);
  });

  it('leaves out the rest of a node the page changed at a pause between its spans', async () => {
    // One text node with 600 spans: the paint pauses after its first 499 (every 500 spans).
    const root = fixture(`<p>${'a joint statement '.repeat(600)}</p>`);
    const extracted = extractText(root);
    const ranges: HighlightRange[] = [];
    for (let from = 0; ranges.length < 600; from = ranges.at(-1)!.end)
      ranges.push(claim(extracted.text, 'joint statement', 'disputed', 'notable', from));
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      // Pauses 1 to 3 come before the spans are made; the 4th is the one between them.
      if (pauses === 4) root.querySelector('p')!.firstChild!.textContent = 'something else entirely';
    };
    const painted = await paintRangesInSteps(extracted, ranges, fakeApi(), pause);
    expect(painted!.targets).toHaveLength(499);
    expect(painted!.complete).toBe(false);
  });

  it('registers nothing when aborted during a pause', async () => {
    const root = fixture('<p>direct and exclusive access</p>');
    const extracted = extractText(root);
    const api = fakeApi();
    const controller = new AbortController();
    const painted = await paintRangesInSteps(
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

describe('a page painted with thousands of spans', () => {
  /** One claim per paragraph, `count` paragraphs, laid out 100 px apart from the top of a 1,000 px viewport. */
  async function paintParagraphs(count: number, onRange: (span: TextSpan) => void = () => undefined) {
    const root = fixture('<p>a joint statement</p>'.repeat(count));
    root.querySelectorAll('p').forEach((paragraph, index) => {
      paragraph.getBoundingClientRect = () => ({ top: index * 100, bottom: index * 100 + 100 }) as DOMRect;
    });
    const extracted = extractText(root);
    const ranges: HighlightRange[] = [];
    for (let from = 0; ranges.length < count; from = ranges.at(-1)!.end) {
      ranges.push(claim(extracted.text, 'joint statement', 'disputed', 'notable', from));
    }
    let stopped = false;
    const viewport = {
      height: () => 1000,
      width: () => 800,
      boxOf: (node: Node) => node.parentElement!.getBoundingClientRect(),
      scrollY: () => 0,
      styleTests: () => ({ pinned: () => false, sideBySide: () => true }),
      onChange: () => () => (stopped = true),
    };
    const fake = fakeApi();
    const api = { ...fake, viewport, staticRange: (span: TextSpan) => (onRange(span), fake.staticRange(span)) };
    const painted = await paintRanges(extracted, ranges, api);
    return { painted, api, stopped: () => stopped };
  }

  it('registers only the spans near the viewport, keeping every target', async () => {
    const { painted, api, stopped } = await paintParagraphs(REGISTER_ALL_UP_TO + 1);
    expect(painted.targets).toHaveLength(REGISTER_ALL_UP_TO + 1);
    // The viewport and two screens below it: paragraphs 0 to 30.
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toHaveLength(31);
    painted.remove();
    expect(stopped()).toBe(true);
  });

  it('makes a range only for a span it registers, and none for a far one the page edits', async () => {
    const made: TextSpan[] = [];
    const { painted, api } = await paintParagraphs(REGISTER_ALL_UP_TO + 1, (span) => made.push(span));
    expect(made).toHaveLength(31);
    const far = painted.targets.at(-1)!.spans[0]!.node;
    painted.forgetEdited(far);
    expect(made).toHaveLength(31);
    // A near one's range is the one registered, so it is taken out.
    painted.forgetEdited(painted.targets[0]!.spans[0]!.node);
    expect(made).toHaveLength(31);
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toHaveLength(30);
  });

  it('registers every span of a page with no more than that', async () => {
    const { api } = await paintParagraphs(REGISTER_ALL_UP_TO);
    expect(paintedTexts(api.names.get('counterpoint-claim-disputed'))).toHaveLength(REGISTER_ALL_UP_TO);
  });
});

describe('highlightApi', () => {
  it('is null in a window without the Highlight API', () => {
    expect(highlightApi({ CSS: {} } as unknown as Window & typeof globalThis)).toBeNull();
  });
});
