// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  extractText,
  extractTextInSteps,
  segmentLengths,
  textForMatching,
  type ExtractedText,
} from './extract-text.ts';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';

// Parses a fixture into a fresh detached root; fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

// Every segment maps exactly, segments are ordered, and everything between them is one "\n".
function expectExactMap({ text, segments }: ExtractedText): void {
  let at = 0;
  for (const { node, start } of segments) {
    expect(text.slice(start, start + node.data.length)).toBe(node.data);
    expect(['', '\n']).toContain(text.slice(at, start));
    at = start + node.data.length;
  }
  expect(at).toBe(text.length);
}

describe('extractText: boundaries', () => {
  it('separates blocks with one "\\n" and keeps inline runs together', () => {
    const root = fixture(
      '<p>Meta gave <b>direct</b> and <i>exclusive</i> access.</p><p>Second <a href="#">para</a>.</p>',
    );
    expect(extractText(root).text).toBe('Meta gave direct and exclusive access.\nSecond para.');
  });

  it('writes at most one boundary for nested blocks and none at either end', () => {
    const root = fixture('<div><section><div><p>A</p></div></section></div><ul><li>B</li><li>C</li></ul><h2>D</h2>');
    expect(extractText(root).text).toBe('A\nB\nC\nD');
  });

  it('treats br, table cells, blockquote, figure, header and footer as boundaries', () => {
    const root = fixture(
      'one<br>two<table><tr><td>c1</td><td>c2</td></tr></table><blockquote>q</blockquote>' +
        '<figure>f</figure><header>h</header><footer>t</footer>',
    );
    expect(extractText(root).text).toBe('one\ntwo\nc1\nc2\nq\nf\nh\nt');
  });

  it('drops indentation between blocks but keeps a space between inline elements', () => {
    const root = fixture('\n  <p>A</p>\n  <p><b>x</b> <i>y</i></p>\n');
    const extracted = extractText(root);
    expect(extracted.text).toBe('A\nx y');
    expectExactMap(extracted);
  });

  it('copies text node data unchanged, offsets exact', () => {
    const root = fixture('<p>  Spaced\n  out\u00a0text </p><div>“Curly” — <em>dash</em>&shy;</div><p>Қазақстан</p>');
    const extracted = extractText(root);
    expect(extracted.text).toContain('  Spaced\n  out\u00a0text ');
    expect(extracted.segments).toHaveLength(5);
    expectExactMap(extracted);
  });
});

describe('extractText: skipped content', () => {
  const cases: [string, string][] = [
    ['script', '<script>secret()</script>'],
    ['style', '<style>.secret{}</style>'],
    ['noscript', '<noscript>secret</noscript>'],
    ['svg', '<svg><text>secret</text></svg>'],
    ['textarea', '<textarea>secret</textarea>'],
    ['select/option', '<select><option>secret</option></select>'],
    ['button', '<button>secret</button>'],
    ['contenteditable', '<div contenteditable="true">secret</div>'],
    ['contenteditable descendant', '<div contenteditable=""><p><b>secret</b></p></div>'],
    ['plaintext-only editable', '<span contenteditable="plaintext-only">secret</span>'],
    ['hidden attribute', '<div hidden><p>secret</p></div>'],
    ['aria-hidden', '<span aria-hidden="true">secret</span>'],
    ['our own UI', `<div ${UI_ATTRIBUTE}=""><p>secret</p></div>`],
  ];
  it.each(cases)('skips %s', (_kind, html) => {
    const root = fixture(`<p>before</p>${html}<p>after</p>`);
    expect(root.textContent).toContain('secret'); // The text is in the DOM: skipping is what removes it.
    expect(extractText(root).text).toBe('before\nafter');
  });

  it.each(['canvas', 'iframe'])('skips %s (text added by script)', (tag) => {
    const root = fixture('<p>before</p><p>after</p>');
    const element = document.createElement(tag);
    element.append('secret');
    root.insertBefore(element, root.lastChild);
    expect(root.textContent).toContain('secret');
    expect(extractText(root).text).toBe('before\nafter');
  });

  it('never reads template content', () => {
    // happy-dom, like the parser, keeps a template's children in its .content fragment.
    expect(extractText(fixture('<p>before</p><template><p>secret</p></template><p>after</p>')).text).toBe(
      'before\nafter',
    );
  });

  it('keeps contenteditable="false", aria-hidden="false" and our highlight marks', () => {
    const root = fixture(
      `<p contenteditable="false">one</p><p aria-hidden="false">two</p><p>three <mark ${UI_ATTRIBUTE}="${HIGHLIGHT_MARKER}">four</mark></p>`,
    );
    expect(extractText(root).text).toBe('one\ntwo\nthree four');
  });

  it('returns nothing when the root itself is inside an editable region', () => {
    const editor = fixture('<div contenteditable="true"><article><p>draft</p></article></div>');
    expect(extractText(editor.querySelector('article')!)).toEqual({ text: '', segments: [] });
  });

  it('skips what the isHidden predicate rejects, with its subtree, and asks only about elements', () => {
    const root = fixture(
      '<p>shown</p><div class="offscreen"><p>gone <b>too</b></p></div><p>also <span class="offscreen">x</span>shown</p>',
    );
    const isHidden = vi.fn((element: Element) => element.classList.contains('offscreen'));
    expect(extractText(root, { isHidden }).text).toBe('shown\nalso shown');
    const asked = isHidden.mock.calls.map(([element]) => element.localName);
    expect(asked).toEqual(['p', 'div', 'p', 'span']); // Never the rejected div's descendants.
  });

  it('uses attribute checks only by default (no computed style), inline styles included', () => {
    const root = fixture(
      '<p style="display:none">styled away</p><p style="visibility: hidden">styled away</p><p>kept</p>',
    );
    const spy = vi.spyOn(window, 'getComputedStyle');
    expect(extractText(root).text).toBe('kept');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('extractText: maxLength', () => {
  it('stops before the text would pass maxLength and walks no further', () => {
    const root = fixture('<p>aaaaaaaaaa</p><p>bbbbbbbbbb</p><p>cccccccccc</p><p>dddddddddd</p>');
    const isHidden = vi.fn(() => false);
    const extracted = extractText(root, { maxLength: 25, isHidden });
    expect(extracted.text).toBe('aaaaaaaaaa\nbbbbbbbbbb');
    expect(extracted.segments).toHaveLength(2);
    expect(isHidden).toHaveBeenCalledTimes(3); // The third <p> was entered, the fourth never reached.
  });

  it('never splits a text node to fit', () => {
    expect(extractText(fixture('<p>0123456789</p>'), { maxLength: 9 }).text).toBe('');
    expect(extractText(fixture('<p>0123456789</p>'), { maxLength: 10 }).text).toBe('0123456789');
  });
});

describe('textForMatching', () => {
  it('turns line breaks inside text nodes into spaces and keeps the block boundaries', () => {
    const extracted = extractText(fixture('<p>Meta gave\ndirect and\r\nexclusive access</p><p>Next</p>'));
    const text = textForMatching(extracted, segmentLengths(extracted));
    expect(text).toBe('Meta gave direct and  exclusive access\nNext');
    expect(text).toHaveLength(extracted.text.length);
  });

  it('keeps a break that ends an inline node, and the text as it was when read', () => {
    const root = fixture('<p><span>Meta gave\n</span><b>direct\naccess</b></p>\n<p>\u2028Next</p>');
    const extracted = extractText(root);
    const lengths = segmentLengths(extracted);
    expect(textForMatching(extracted, lengths)).toBe('Meta gave direct access\n Next');
    // The page rewrites a node after the read: the text for matching is still the read's, so
    // every offset after that node still points at the words it pointed at.
    root.querySelector('span')!.firstChild!.textContent = 'A much longer text that the page put there';
    expect(textForMatching(extracted, lengths)).toBe('Meta gave direct access\n Next');
  });

  it('is the read text itself when no node holds a break', () => {
    const extracted = extractText(fixture('<p>Meta gave</p><p>direct access</p>'));
    expect(textForMatching(extracted, segmentLengths(extracted))).toBe(extracted.text);
  });
});

describe('extractText: closed details', () => {
  it('reads only the summary of a closed <details>, all of an open one', () => {
    const root = fixture(
      '<details><summary>Shown summary</summary>loose text<p>inner paragraph</p></details>' +
        '<details open><summary>Open summary</summary>open text<p>open paragraph</p></details>',
    );
    const extracted = extractText(root);
    expect(extracted.text).toBe('Shown summary\nOpen summary\nopen text\nopen paragraph');
    expectExactMap(extracted);
  });
});

describe('extractText: open shadow roots', () => {
  it('reads a shadow tree where its host stands, with what it slots in, and not what it leaves out', () => {
    const root = fixture(
      '<p>Before.</p><news-article><span slot="byline">By A. Writer</span><i>unslotted</i></news-article><p>After.</p>',
    );
    const host = root.querySelector('news-article')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const heading = document.createElement('h2');
    heading.textContent = 'Inside heading';
    const byline = document.createElement('p');
    byline.append(document.createElement('slot'));
    byline.firstElementChild!.setAttribute('name', 'byline');
    const body = document.createElement('p');
    body.textContent = 'Inside body.';
    shadow.append(heading, byline, body);
    document.body.append(root); // Slots are assigned in a connected tree.
    const extracted = extractText(root);
    root.remove();
    expect(extracted.text).toBe('Before.\nInside heading\nBy A. Writer\nInside body.\nAfter.');
    expectExactMap(extracted);
    expect(extracted.segments.map(({ node }) => node.getRootNode() === shadow)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('extractTextInSteps', () => {
  // Paragraphs enough for several pieces of the walk.
  const paragraphs = (count: number) =>
    Array.from({ length: count }, (_, i) => `<p>Paragraph <b>${i}</b> of the page.</p>`).join('');

  // A pause that always yields (a macrotask: the page's changes land in it) and runs `during` each time.
  const pausing = (during: (pauses: number) => void = () => undefined) => {
    let pauses = 0;
    const pause = () => new Promise<void>((done) => setTimeout(() => (during((pauses += 1)), done())));
    return { pause, count: () => pauses };
  };

  it('reads what extractText reads, pausing between pieces', async () => {
    const root = fixture(paragraphs(200));
    const { pause, count } = pausing();
    const stepped = await extractTextInSteps(root, {}, pause);
    expect(stepped).toEqual(extractText(root));
    expect(count()).toBeGreaterThan(5);
  });

  it('reads shadow trees and slots as extractText does, and tells of each tree it enters', async () => {
    const root = fixture(`<p>Before.</p><news-article><span slot="byline">By A. Writer</span></news-article>`);
    const shadow = root.querySelector('news-article')!.attachShadow({ mode: 'open' });
    const slot = document.createElement('slot');
    slot.setAttribute('name', 'byline');
    shadow.append(slot);
    for (let i = 0; i < 100; i += 1) shadow.append(Object.assign(document.createElement('p'), { textContent: `${i}` }));
    document.body.append(root);
    const entered: ShadowRoot[] = [];
    const stepped = await extractTextInSteps(root, { onShadowTree: (tree) => entered.push(tree) }, pausing().pause);
    expect(entered).toEqual([shadow]);
    const whole = extractText(root);
    root.remove();
    expect(stepped).toEqual(whole);
    expect(stepped!.text.startsWith('Before.\nBy A. Writer\n0\n1')).toBe(true);
  });

  it('starts over when the page changes during a pause, and reads the page as it ends up', async () => {
    const root = fixture(paragraphs(200));
    // At the first pause the page takes away the paragraph being read and adds one at the end.
    const { pause } = pausing((pauses) => {
      if (pauses !== 1) return;
      root.children[100]!.remove();
      root.append(fixture('<p>Added late.</p>').firstChild!);
    });
    const stepped = await extractTextInSteps(root, {}, pause);
    expect(stepped).toEqual(extractText(root));
    expect(stepped!.text.endsWith('Added late.')).toBe(true);
    expectExactMap(stepped!);
  });

  it('starts over when text changes inside a shadow tree during a pause', async () => {
    const root = fixture('<div></div>');
    const shadow = root.firstElementChild!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 200; i += 1) shadow.append(Object.assign(document.createElement('p'), { textContent: 'old' }));
    const { pause } = pausing((pauses) => {
      if (pauses === 1) for (const p of shadow.children) p.firstChild!.textContent = 'new';
    });
    const stepped = await extractTextInSteps(root, {}, pause);
    expect(stepped!.text).not.toContain('old');
    expect(stepped).toEqual(extractText(root));
  });

  it('finishes in one go on a page that changes at every pause', async () => {
    const root = fixture(paragraphs(200));
    const { pause, count } = pausing(() => root.append(fixture('<p>Ticker.</p>').firstChild!));
    const stepped = await extractTextInSteps(root, {}, pause);
    // Two reads given up, the third not paused: what it read is the page as it is now.
    expect(stepped).toEqual(extractText(root));
    expect(count()).toBe(2);
  });

  it('stops at the first pause after the signal aborts', async () => {
    const root = fixture(paragraphs(200));
    const run = new AbortController();
    const { pause, count } = pausing(() => run.abort());
    expect(await extractTextInSteps(root, {}, pause, run.signal)).toBeNull();
    expect(count()).toBe(1);
  });
});
