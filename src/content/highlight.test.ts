// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText } from './extract-text.ts';
import { BLOCKS_PER_CALL, highlightRanges, highlightRangesInSteps, type HighlightRange } from './highlight.ts';
import { isOurMark } from './our-marks.ts';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

// The real engine, counting markRanges calls.
const markRangesCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('./markjs-engine.ts', async (importOriginal) => {
  const { Mark: RealMark } = await importOriginal<typeof import('./markjs-engine.ts')>();
  class CountingMark extends RealMark {
    override markRanges(...args: Parameters<InstanceType<typeof RealMark>['markRanges']>): void {
      markRangesCalls.count += 1;
      super.markRanges(...args);
    }
  }
  return { Mark: CountingMark };
});

// A range over the first occurrence of `phrase` in the extracted text.
function rangeOf(text: string, phrase: string, extra: Partial<HighlightRange> = {}): HighlightRange {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length, className: 'cp-claim', attributes: {}, label: phrase, ...extra };
}

describe('highlightRanges: marking', () => {
  it('marks a range across <b> boundaries with the right attributes on the right text', () => {
    const root = fixture('<p>In 2021 Meta gave <b>direct and</b> exclusive access to the system.</p>');
    const extracted = extractText(root);
    const range = rangeOf(extracted.text, 'direct and exclusive access', {
      attributes: { 'data-claim': 'exclusive-access', 'data-claim-status': 'disputed' },
      label: 'Claim, disputed: exclusive access',
    });
    const { marks } = highlightRanges(root, extracted, [range]);
    expect(marks.map((mark) => mark.textContent)).toEqual(['direct and', ' exclusive access']);
    expect(marks[0]!.parentElement!.localName).toBe('b');
    for (const mark of marks) {
      expect(mark.localName).toBe('mark');
      expect(mark.className).toBe('cp-claim');
      expect(mark.dataset.claim).toBe('exclusive-access');
      expect(mark.getAttribute('data-claim-status')).toBe('disputed');
      expect(mark.getAttribute(UI_ATTRIBUTE)).toBe(HIGHLIGHT_MARKER);
    }
    // One tab stop and one accessible name per range, on its first piece.
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('aria-label')).toBe('Claim, disputed: exclusive access');
    expect(
      marks[1]!.hasAttribute('role') || marks[1]!.hasAttribute('tabindex') || marks[1]!.hasAttribute('aria-label'),
    ).toBe(false);
    expect(root.textContent).toBe('In 2021 Meta gave direct and exclusive access to the system.');
  });

  it('marks a range crossing a paragraph boundary, one mark per paragraph', () => {
    const root = fixture('<p>first paragraph ends here</p>\n<p>second one starts here</p>');
    const extracted = extractText(root);
    const { marks } = highlightRanges(root, extracted, [rangeOf(extracted.text, 'ends here\nsecond one')]);
    expect(marks.map((mark) => [mark.parentElement!.textContent, mark.textContent])).toEqual([
      ['first paragraph ends here', 'ends here'],
      ['second one starts here', 'second one'],
    ]);
  });

  it('lines up with mark.js despite text we skipped (hidden, script, form controls, indentation)', () => {
    const root = fixture(
      '<script>var x = "not prose";</script>\n  <style>p{}</style><textarea>draft text</textarea>\n' +
        '<p>Ministry <span hidden>HIDDEN</span>says <button>Share</button>access <span aria-hidden="true">XX</span>is exclusive.</p>\n' +
        '  <div contenteditable="true">typed</div><p>Meta denied it.</p>',
    );
    const textarea = root.querySelector('textarea')!.textContent;
    const extracted = extractText(root);
    expect(extracted.text).toBe('Ministry says access is exclusive.\nMeta denied it.');
    const { marks } = highlightRanges(root, extracted, [
      rangeOf(extracted.text, 'says access is exclusive'),
      rangeOf(extracted.text, 'denied'),
    ]);
    expect(marks.map((mark) => mark.textContent)).toEqual(['says ', 'access ', 'is exclusive', 'denied']);
    expect(root.querySelector('span[hidden] mark, button mark, textarea mark, [contenteditable] mark')).toBeNull();
    expect(root.querySelector('textarea')!.textContent).toBe(textarea);
  });

  it('covers exactly the extracted characters for many ranges over a mixed page', () => {
    // Nested blocks (a <p> inside a <div> with its own text) and text directly in the root exercise the contexts handed to mark.js.
    const root = fixture(
      'loose <h1>Kazakhstan <em>and</em> Facebook</h1>\n<p>The <a href="#">ministry</a><style>a{}</style> said <q>first of its kind</q>.</p>' +
        '<ul>\n <li>one <b>two</b></li>\n <li><p>three</p><br>four</li></ul><div><p>inner</p> trailing <b>bold</b></div>' +
        '<p>end<span hidden>x</span> tail</p> after',
    );
    const extracted = extractText(root);
    const { text } = extracted;
    for (let start = 0; start < text.length; start += 3) {
      const end = Math.min(text.length, start + 1 + ((start * 7) % 13));
      const before = root.cloneNode(true);
      const highlights = highlightRanges(root, extracted, [{ start, end, className: 'x', attributes: {}, label: '' }]);
      // mark.js leaves whitespace-only pieces unwrapped; everything else must be marked, in order.
      const marked = highlights.marks.map((mark) => mark.textContent).join('');
      expect(marked.replace(/\s/g, '')).toBe(text.slice(start, end).replace(/\s/g, ''));
      highlights.remove();
      expect(root.isEqualNode(before)).toBe(true);
    }
    // And all at once: short ranges every few characters, one pass.
    const many: HighlightRange[] = [];
    for (let start = 0; start + 4 <= text.length; start += 6)
      many.push({ start, end: start + 4, className: 'x', attributes: { 'data-i': String(start) }, label: '' });
    const highlights = highlightRanges(root, extracted, many);
    for (const range of many) {
      const marked = highlights.marks
        .filter((mark) => mark.dataset.i === String(range.start))
        .map((mark) => mark.textContent)
        .join('');
      expect(marked.replace(/\s/g, '')).toBe(text.slice(range.start, range.end).replace(/\s/g, ''));
    }
  });

  it('skips a piece whose text node changed since extraction', () => {
    const root = fixture('<p>alpha beta</p><p>gamma delta</p>');
    const extracted = extractText(root);
    const ranges = [rangeOf(extracted.text, 'beta'), rangeOf(extracted.text, 'delta')];
    (root.firstElementChild!.firstChild as Text).data = 'changed meanwhile';
    expect(highlightRanges(root, extracted, ranges).marks.map((mark) => mark.textContent)).toEqual(['delta']);
  });

  it('keeps highlighted text visible to a re-scan, with the same text', () => {
    const root = fixture('<p>Meta gave <b>direct and</b> exclusive access.</p>');
    const extracted = extractText(root);
    highlightRanges(root, extracted, [rangeOf(extracted.text, 'direct and exclusive')]);
    expect(extractText(root).text).toBe(extracted.text);
  });
});

describe('highlightRanges: overlaps and bad ranges', () => {
  const text = () => {
    const root = fixture('<p>alpha beta gamma delta epsilon</p>');
    return { root, extracted: extractText(root) };
  };

  it('keeps a later overlapping range only where nothing earlier covers it', () => {
    const { root, extracted } = text();
    const quote = rangeOf(extracted.text, 'beta gamma', { className: 'quote' });
    const claims = [
      rangeOf(extracted.text, 'alpha beta gamma delta', { className: 'long' }), // around the quote
      rangeOf(extracted.text, 'gamma delta', { className: 'partial' }), // nothing left
      rangeOf(extracted.text, 'delta epsilon', { className: 'late' }), // keeps "epsilon"
    ];
    const { marks } = highlightRanges(root, extracted, [quote, ...claims]);
    expect(marks.map((mark) => [mark.className, mark.textContent, mark.getAttribute('tabindex')])).toEqual([
      ['long', 'alpha', '0'],
      ['quote', 'beta gamma', '0'],
      ['long', 'delta', null], // One tab stop per range: its first part.
      ['late', 'epsilon', '0'],
    ]);
    expect(root.querySelectorAll('mark mark')).toHaveLength(0);
  });

  it('keeps touching ranges and labels each one, trimming the spaces at their edges', () => {
    const { root, extracted } = text();
    const { marks } = highlightRanges(root, extracted, [
      rangeOf(extracted.text, 'beta'),
      rangeOf(extracted.text, ' gamma'),
    ]);
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('aria-label')])).toEqual([
      ['beta', 'beta'],
      ['gamma', ' gamma'],
    ]);
  });

  it('clamps ranges to the text and ignores empty or non-integer ones', () => {
    const { root, extracted } = text();
    const base = { className: 'x', attributes: {}, label: '' };
    const { marks } = highlightRanges(root, extracted, [
      { start: -5, end: 5, ...base },
      { start: 10, end: 10, ...base },
      { start: 6.5, end: 9, ...base },
      { start: 23, end: 999, ...base },
    ]);
    expect(marks.map((mark) => mark.textContent)).toEqual(['alpha', 'epsilon']);
  });
});

describe('highlightRanges: remove()', () => {
  it('restores the DOM exactly, keeping the original text nodes', () => {
    const root = fixture('<h2>Title <i>here</i></h2>\n<p>One <b>two</b> three</p><p>four five six</p>');
    const before = root.cloneNode(true);
    const extracted = extractText(root);
    const highlights = highlightRanges(root, extracted, [
      rangeOf(extracted.text, 'here\nOne t'),
      rangeOf(extracted.text, 'three\nfour'),
      rangeOf(extracted.text, 'six'),
    ]);
    expect(highlights.marks.length).toBeGreaterThan(4);
    expect(root.isEqualNode(before)).toBe(false);
    highlights.remove();
    expect(root.isEqualNode(before)).toBe(true);
    expect(root.querySelector('mark')).toBeNull();
    for (const { node } of extracted.segments) expect(root.contains(node)).toBe(true);
    expect(extractText(root)).toEqual(extracted);
    highlights.remove(); // A second call changes nothing.
    expect(root.isEqualNode(before)).toBe(true);
  });

  it('does not merge adjacent text nodes that were separate before', () => {
    const root = fixture('<p></p>');
    const p = root.firstElementChild!;
    p.append(document.createTextNode('Hello '), document.createTextNode('world'), document.createTextNode(''));
    const before = root.cloneNode(true);
    const extracted = extractText(root);
    const highlights = highlightRanges(root, extracted, [
      rangeOf(extracted.text, 'lo wor'),
      rangeOf(extracted.text, 'ld'),
    ]);
    expect(highlights.marks.map((mark) => mark.textContent)).toEqual(['lo ', 'wor', 'ld']);
    highlights.remove();
    expect(p.childNodes).toHaveLength(3);
    expect(root.isEqualNode(before)).toBe(true);
  });

  it('leaves the page unmarked when decorating a mark throws', () => {
    const root = fixture('<p>alpha <b>beta</b> gamma</p>');
    const before = root.cloneNode(true);
    const extracted = extractText(root);
    const bad = rangeOf(extracted.text, 'beta gamma', { attributes: { 'bad name': 'x' } });
    expect(() => highlightRanges(root, extracted, [rangeOf(extracted.text, 'alpha'), bad])).toThrow();
    expect(root.isEqualNode(before)).toBe(true);
  });
});

describe('highlightRanges: scale', () => {
  it('highlights a 5,000-paragraph page with one markRanges call per batch of marked blocks and restores it', () => {
    const { root, ranges, extracted } = longPage();
    const before = root.cloneNode(true);
    markRangesCalls.count = 0;
    const highlights = highlightRanges(
      root,
      extracted,
      ranges.filter((_, i) => i % 10 === 0),
    );
    // Calls over a few blocks keep mark.js linear: one call over the page costs ranges x text nodes.
    expect(markRangesCalls.count).toBe(Math.ceil(500 / BLOCKS_PER_CALL));
    expect(highlights.marks).toHaveLength(1000); // 500 ranges, two pieces each ("granted ", "exclusive").
    expect(root.querySelectorAll('p')[4990]!.querySelector('b mark')?.textContent).toBe('exclusive');
    highlights.remove();
    expect(root.isEqualNode(before)).toBe(true);
  });
});

describe('highlightRangesInSteps', () => {
  it('marks the same as highlightRanges, pausing between batches of blocks', async () => {
    const { root, ranges, extracted } = longPage(50);
    const sync = highlightRanges(root, extracted, ranges);
    const expected = root.innerHTML;
    const count = sync.marks.length;
    sync.remove();
    let pauses = 0;
    const stepped = await highlightRangesInSteps(root, extractText(root), ranges, () => void (pauses += 1));
    expect(root.innerHTML).toBe(expected);
    expect(stepped?.marks).toHaveLength(count);
    expect(pauses).toBe(3 + Math.ceil(50 / BLOCKS_PER_CALL)); // Preparing in three steps, then each batch.
  });

  it('leaves a node the page changed between steps unmarked, and restores the rest', async () => {
    const { root, ranges, extracted } = longPage(BLOCKS_PER_CALL * 2);
    const before = root.cloneNode(true);
    // In the second batch: the page rewrites it while we yield after the first.
    const changed = BLOCKS_PER_CALL + 2;
    const node = root.querySelectorAll('p')[changed]!.firstChild as Text;
    const highlights = await highlightRangesInSteps(root, extracted, ranges, () => {
      node.data = 'The page rewrote this paragraph: the ministry said Meta granted ';
    });
    expect(root.querySelectorAll('p')[changed]!.querySelector('mark')?.textContent).toBe('exclusive');
    expect(root.querySelectorAll('p')[changed + 1]!.querySelectorAll('mark')).toHaveLength(2);
    expect(root.querySelectorAll('p')[0]!.querySelectorAll('mark')).toHaveLength(2);
    highlights!.remove();
    node.data = (before.childNodes[changed]!.firstChild as Text).data;
    expect(root.isEqualNode(before)).toBe(true);
  });

  it('leaves a node the page changed while the ranges were being sliced unmarked', async () => {
    const { root, ranges, extracted } = longPage(3);
    const node = root.querySelectorAll('p')[1]!.firstChild as Text;
    let pauses = 0;
    // The second pause comes after slicing, before the first batch is marked.
    await highlightRangesInSteps(root, extracted, ranges, () => {
      pauses += 1;
      if (pauses === 2) node.data = 'Nothing more here to see, nothing at all, really nothing ';
    });
    // Only the node the page left alone is marked; the rewritten one keeps the page's words.
    expect([...root.querySelectorAll('p')[1]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'exclusive',
    ]);
    expect(node.data).toBe('Nothing more here to see, nothing at all, really nothing ');
    expect(root.querySelectorAll('p')[0]!.querySelectorAll('mark')).toHaveLength(2);
    expect(root.querySelectorAll('p')[2]!.querySelectorAll('mark')).toHaveLength(2);
  });

  it('takes every mark away when aborted between steps', async () => {
    const { root, ranges, extracted } = longPage(BLOCKS_PER_CALL * 10);
    const before = root.cloneNode(true);
    const abort = new AbortController();
    let pauses = 0;
    const highlights = await highlightRangesInSteps(
      root,
      extracted,
      ranges,
      () => {
        if ((pauses += 1) === 4) abort.abort();
      },
      abort.signal,
    );
    expect(highlights).toBeNull();
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.isEqualNode(before)).toBe(true);
  });
});

/** A page of `paragraphs` paragraphs, each with one claim across a <b>, and the claim's ranges. */
function longPage(paragraphs = 5000) {
  const root = fixture('');
  for (let i = 0; i < paragraphs; i += 1) {
    const p = document.createElement('p');
    p.append(
      `Paragraph ${i}: the ministry said Meta granted `,
      Object.assign(document.createElement('b'), { textContent: 'exclusive' }),
      ' access.',
    );
    root.append(p);
  }
  const extracted = extractText(root);
  const ranges: HighlightRange[] = [];
  for (
    let at = extracted.text.indexOf('granted exclusive');
    at >= 0;
    at = extracted.text.indexOf('granted exclusive', at + 1)
  ) {
    ranges.push({
      start: at,
      end: at + 'granted exclusive'.length,
      className: 'c',
      attributes: { 'data-claim': 'exclusive-access' },
      label: 'claim',
    });
  }
  return { root, ranges, extracted };
}

describe('highlightRanges: open shadow roots', () => {
  it('marks text inside a shadow root and after it, registers the marks as ours, and restores both', () => {
    const root = fixture('<p>Before the component.</p><news-article></news-article><p>Meta denied it.</p>');
    const shadow = root.querySelector('news-article')!.attachShadow({ mode: 'open' });
    const article = document.createElement('article');
    const paragraph = document.createElement('p');
    paragraph.append(
      'Facebook gave ',
      Object.assign(document.createElement('b'), { textContent: 'exclusive' }),
      ' access.',
    );
    article.append(paragraph);
    shadow.append(article);
    const before = { light: root.cloneNode(true), shadow: article.cloneNode(true) };
    const extracted = extractText(root);
    expect(extracted.text).toBe('Before the component.\nFacebook gave exclusive access.\nMeta denied it.');
    const highlights = highlightRanges(root, extracted, [
      rangeOf(extracted.text, 'exclusive access', { attributes: { 'data-claim': 'exclusive-access' } }),
      rangeOf(extracted.text, 'denied'),
    ]);
    expect(highlights.marks.map((mark) => [mark.textContent, mark.getRootNode() === shadow])).toEqual([
      ['exclusive', true],
      [' access', true],
      ['denied', false],
    ]);
    expect(highlights.marks.every((mark) => isOurMark(mark))).toBe(true);
    highlights.remove();
    expect(root.isEqualNode(before.light)).toBe(true);
    expect(article.isEqualNode(before.shadow)).toBe(true);
  });
});
