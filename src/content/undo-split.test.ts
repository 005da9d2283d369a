// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';
import { highlightRanges, type HighlightRange } from './highlight.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => document.body.replaceChildren());

function rangeOf(text: string, phrase: string): HighlightRange {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length, className: 'c', attributes: { 'data-claim': 'x' }, label: phrase };
}

/** Highlights `phrase` in the root's first paragraph and returns that paragraph's original text node. */
function highlight(root: HTMLElement, phrase: string) {
  const node = root.querySelector('p')!.firstChild as Text;
  const extracted = extractText(root);
  const highlights = highlightRanges(root, extracted, [rangeOf(extracted.text, phrase)]);
  expect(highlights.marks.length).toBeGreaterThan(0);
  return { node, highlights, p: root.querySelector('p')! };
}

describe('remove(): the page wins where it changed something', () => {
  it('keeps text a framework wrote into its node (nodeValue), dropping our stale pieces', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.</p>');
    const { node, highlights, p } = highlight(root, 'exclusive access');
    node.nodeValue = 'UPDATED: Meta denies it.';
    highlights.remove();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(node);
    expect(p.textContent).toBe('UPDATED: Meta denies it.');
  });

  it('leaves nothing behind when the page removes its node', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.<b>kept</b></p>');
    const { node, highlights, p } = highlight(root, 'exclusive access');
    node.remove();
    highlights.remove();
    expect(p.innerHTML).toBe('<b>kept</b>');
  });

  it('leaves the page alone when it replaced the paragraph text', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.</p>');
    const { highlights, p } = highlight(root, 'exclusive access');
    p.textContent = 'Replaced.';
    const after = p.firstChild;
    highlights.remove();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(after);
    expect(p.textContent).toBe('Replaced.');
  });

  it('gives its node the text back and keeps what the page inserted between our pieces', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.</p>');
    const { node, highlights, p } = highlight(root, 'exclusive access');
    const inserted = document.createElement('i');
    inserted.textContent = '[ad]';
    p.insertBefore(inserted, node.nextSibling);
    highlights.remove();
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe('Meta gave direct and exclusive access to the system.');
    expect(p.lastChild).toBe(inserted);
    expect(p.querySelector('mark')).toBeNull();
  });

  it('restores exactly a paragraph the page moved whole', () => {
    const root = fixture('<p>Meta gave direct and exclusive access.</p><p>Second.</p>');
    const { highlights, p } = highlight(root, 'exclusive access');
    root.append(p); // A reordered list moves elements with our marks inside.
    const before = fixture('<p>Second.</p><p>Meta gave direct and exclusive access.</p>');
    highlights.remove();
    expect(root.innerHTML).toBe(before.innerHTML);
    expect(p.childNodes).toHaveLength(1);
  });

  it('leaves a split-off piece the page changed, and the page node as it is', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.</p>');
    const { node, highlights, p } = highlight(root, 'exclusive access');
    const tail = p.lastChild as Text;
    tail.data = ' to the NEW system.';
    highlights.remove();
    expect(p.querySelector('mark')).toBeNull();
    expect(p.lastChild).toBe(tail);
    expect(node.data).toBe('Meta gave direct and ');
  });
});

describe('remove(): what the reader typed stays', () => {
  it('keeps every character of a region made editable after the scan, typed into before the mark', () => {
    const root = fixture('<p>Meta gave direct and exclusive access to the system.</p>');
    const { node, highlights, p } = highlight(root, 'exclusive access');
    p.contentEditable = 'true';
    node.data = 'Typed here. Meta gave direct and ';
    highlights.remove();
    expect(p.querySelector('mark')).toBeNull();
    expect(p.textContent).toBe('Typed here. Meta gave direct and exclusive access to the system.');
  });

  it('keeps typing inside a mark, unwrapping the mark', () => {
    const root = fixture('<div contenteditable="false"><p>Meta gave direct and exclusive access.</p></div>');
    const { highlights, p } = highlight(root, 'exclusive access');
    root.firstElementChild!.setAttribute('contenteditable', 'true');
    const mark = p.querySelector('mark')!;
    (mark.firstChild as Text).data = 'exclusive (typed) access';
    highlights.remove();
    expect(p.querySelector('mark')).toBeNull();
    expect(p.textContent).toBe('Meta gave direct and exclusive (typed) access.');
  });

  it('restores exactly an editable region the reader did not touch', () => {
    const root = fixture('<p>Meta gave direct and exclusive access.</p>');
    const before = root.innerHTML;
    const { highlights, p } = highlight(root, 'exclusive access');
    p.contentEditable = 'true';
    highlights.remove();
    p.removeAttribute('contenteditable');
    expect(root.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(1);
  });
});

describe('removeIn() and absorb()', () => {
  it('takes marks out of the given blocks only, and one remove() takes away absorbed passes', () => {
    const root = fixture('<p>one exclusive access</p><p>two exclusive access</p>');
    const before = root.innerHTML;
    const [first, second] = [...root.querySelectorAll('p')];
    const extracted = extractText(root);
    const a = highlightRanges(root, extracted, [rangeOf(extracted.text, 'one exclusive')]);
    const b = highlightRanges(root, extractText(root), [rangeOf(extracted.text, 'two exclusive')]);
    a.absorb(b);
    expect(a.marks.map((mark) => mark.textContent)).toEqual(['one exclusive', 'two exclusive']);
    expect(a.blocks()).toEqual(new Set([first, second]));
    a.removeIn(new Set([first!]));
    expect(first!.querySelector('mark')).toBeNull();
    expect(a.marks.map((mark) => mark.textContent)).toEqual(['two exclusive']);
    (second!.firstChild as Text).data = 'changed ';
    expect(a.touchedBlocks()).toEqual(new Set([second]));
    a.remove();
    expect(root.querySelector('mark')).toBeNull();
    expect(second!.textContent).toBe('changed ');
    expect(first!.outerHTML).toBe(before.slice(0, before.indexOf('<p>two')));
  });
});
