// @vitest-environment happy-dom
import MarkJsBundle from 'mark.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../../tests/support/match-texts.ts';
import { pick, random } from '../../tests/support/random.ts';
import { Mark } from './markjs-engine.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

// happy-dom 21's NodeIterator is a TreeWalker underneath: FILTER_REJECT prunes
// a subtree and previousNode() loses its place, so mark.js's own walk (which
// calls previousNode() at every step and rejects <style>/<script> text) loops
// forever on a context that holds a <style>. Browsers follow the spec; so does
// this stand-in, which walks a snapshot of the subtree. It runs mark.js as
// shipped, the reference here.
function specNodeIterator(root: Node, whatToShow = 0xffffffff, filter?: NodeFilter | null): NodeIterator {
  const nodes: Node[] = [root];
  const walker = document.createTreeWalker(root);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const accept = (node: Node) =>
    (whatToShow & (1 << (node.nodeType - 1))) !== 0 &&
    (typeof filter === 'function' ? filter(node) : (filter?.acceptNode(node) ?? NodeFilter.FILTER_ACCEPT)) ===
      NodeFilter.FILTER_ACCEPT;
  let reference = 0;
  let pointerBefore = true;
  const traverse = (forward: boolean): Node | null => {
    let index = reference;
    let before = pointerBefore;
    for (;;) {
      if (forward && before) before = false;
      else if (forward && index + 1 < nodes.length) index += 1;
      else if (!forward && !before) before = true;
      else if (!forward && index > 0) index -= 1;
      else return null;
      if (accept(nodes[index]!)) {
        [reference, pointerBefore] = [index, before];
        return nodes[index]!;
      }
    }
  };
  return {
    root,
    whatToShow,
    filter,
    nextNode: () => traverse(true),
    previousNode: () => traverse(false),
  } as unknown as NodeIterator;
}

// '' makes empty text nodes, which mark.js lists too (a piece's node is the last one starting at its place).
const WORDS = ['Meta', 'direct', ' and ', 'exclusive', 'access', ' ', '\n  ', 'Казахстан', 'ü', 'x', ''];
const TAGS = ['b', 'i', 'span', 'a', 'em', 'style', 'script', 'p', 'div'];

// Builds blocks of nested elements and text (our own constants, never page text), DOM calls only.
function build(doc: Document, next: () => number, depth: number): Node[] {
  const nodes: Node[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    if (depth > 0 && next() < 0.4) {
      const element = doc.createElement(pick(next, TAGS));
      element.append(...build(doc, next, depth - 1));
      nodes.push(element);
    } else {
      nodes.push(doc.createTextNode(pick(next, WORDS).repeat(1 + Math.floor(next() * 3))));
    }
  }
  return nodes;
}

// Contexts and ranges in mark.js's offsets; the same seed gives the same page twice.
function page(seed: number): { contexts: HTMLElement[]; ranges: { start: number; length: number }[] } {
  // Seeded, so a failure can be replayed.
  const next = random(seed);
  const contexts: HTMLElement[] = [];
  for (let i = 0; i < 3; i++) {
    const block = document.createElement('p');
    block.append(...build(document, next, 3));
    document.body.append(block);
    contexts.push(block);
  }
  const length = contexts.reduce((sum, context) => sum + (context.textContent ?? '').length, 0);
  const ranges = [];
  for (let at = Math.floor(next() * 4); at < length; at += 2 + Math.floor(next() * 12)) {
    const span = 1 + Math.floor(next() * 6);
    ranges.push({ start: at, length: span });
    at += span;
  }
  return { contexts, ranges };
}

// Marks one page with `MarkClass` and reports the DOM and every mark made.
function markWith(
  MarkClass: new (contexts: HTMLElement[]) => { markRanges: Mark['markRanges'] },
  seed: number,
): { html: string; each: string[] } {
  const { contexts, ranges } = page(seed);
  const each: string[] = [];
  new MarkClass(contexts).markRanges(ranges, {
    element: 'mark',
    each: (element, range) => each.push(`${range.start}+${range.length}:${element.textContent ?? ''}`),
  });
  const html = document.body.innerHTML;
  document.body.replaceChildren();
  return { html, each };
}

describe('mark.js with a TreeWalker and its own loop over ranges', () => {
  it('marks exactly what mark.js as shipped marks, on generated nested blocks with <style> and <script>', () => {
    vi.spyOn(document, 'createNodeIterator').mockImplementation(specNodeIterator);
    for (let seed = 1; seed <= 200; seed++) {
      const shipped = markWith(MarkJsBundle as unknown as new (contexts: HTMLElement[]) => Mark, seed);
      const ours = markWith(Mark, seed);
      expect(ours, `seed ${seed}`).toEqual(shipped);
    }
  });

  it('marks exactly what mark.js as shipped marks on the fixture pages, built as real sites are', () => {
    vi.spyOn(document, 'createNodeIterator').mockImplementation(specNodeIterator);
    const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const name of pages) {
      const html = readFileSync(join(PAGES_DIR, name), 'utf8');
      const shipped = markFixturePage(html, MarkJsBundle as unknown as new (contexts: HTMLElement[]) => Mark);
      const ours = markFixturePage(html, Mark);
      expect(ours.each.length, name).toBeGreaterThan(0);
      expect(ours, name).toEqual(shipped);
    }
  });

  it("keeps mark.js's own walk for a context that is a text node, which a TreeWalker would not return", () => {
    vi.spyOn(document, 'createNodeIterator').mockImplementation(specNodeIterator);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'hello world';
    document.body.append(paragraph);
    new Mark([paragraph.firstChild as unknown as HTMLElement]).markRanges([{ start: 0, length: 5 }], {
      element: 'mark',
    });
    expect(paragraph.innerHTML).toBe('<mark data-markjs="true">hello</mark> world');
  });

  it("wraps each piece in a clone of its wrapper's element, as if `each` had set the attributes, and skips what the filter refuses", () => {
    vi.spyOn(document, 'createNodeIterator').mockImplementation(specNodeIterator);
    // What the wrapper's element carries for a range: shared by ranges of the same kind, as ours are.
    const attributes = (range: { start: number }) => ({ 'data-kind': `k${range.start % 3}`, class: 'ours' });
    const filter = (node: Text) => !node.data.includes('x');
    for (let seed = 1; seed <= 200; seed++) {
      const { contexts, ranges } = page(seed);
      const shippedEach: string[] = [];
      new (MarkJsBundle as unknown as new (contexts: HTMLElement[]) => Mark)(contexts).markRanges(ranges, {
        element: 'mark',
        filter,
        each: (element, range) => {
          for (const [name, value] of Object.entries(attributes(range))) element.setAttribute(name, value);
          shippedEach.push(`${range.start}:${element.textContent ?? ''}`);
        },
      });
      const shipped = document.body.innerHTML;
      document.body.replaceChildren();

      const { contexts: again, ranges: same } = page(seed);
      const templates = new Map<string, Element>();
      const wrapper = (range: { start: number }) => {
        const key = JSON.stringify(attributes(range));
        if (!templates.has(key)) {
          const template = document.createElement('mark');
          template.setAttribute('data-markjs', 'true');
          for (const [name, value] of Object.entries(attributes(range))) template.setAttribute(name, value);
          templates.set(key, template);
        }
        return templates.get(key)!;
      };
      const oursEach: string[] = [];
      new Mark(again, wrapper).markRanges(same, {
        element: 'mark',
        filter,
        each: (element, range) => oursEach.push(`${range.start}:${element.textContent ?? ''}`),
      });
      expect(document.body.innerHTML, `seed ${seed}`).toBe(shipped);
      expect(oursEach, `seed ${seed}`).toEqual(shippedEach);
      // The templates themselves never enter the page.
      for (const template of templates.values()) expect(template.isConnected).toBe(false);
      document.body.replaceChildren();
    }
  });

  it('makes no NodeIterator, which the document would keep and update on every node it removes', () => {
    const createNodeIterator = vi.spyOn(document, 'createNodeIterator');
    const { each } = markWith(Mark, 7);
    expect(each.length).toBeGreaterThan(0);
    expect(createNodeIterator).not.toHaveBeenCalled();
  });
});

// Marks a fixture page's outermost text blocks at seeded ranges, with a filter that refuses some
// nodes, and reports the DOM and every mark made. The fixtures are our own files; innerHTML runs
// none of their scripts.
function markFixturePage(
  html: string,
  MarkClass: new (contexts: HTMLElement[]) => Mark,
): { html: string; each: string[] } {
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  const BLOCKS = 'p, li, h1, h2, h3, blockquote, td';
  const contexts = [...document.body.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (block) => !block.parentElement?.closest(BLOCKS),
  );
  const length = contexts.reduce((sum, context) => sum + (context.textContent ?? '').length, 0);
  const next = random(1);
  const ranges = [];
  for (let at = Math.floor(next() * 4); at < length; at += 2 + Math.floor(next() * 40)) {
    const span = 1 + Math.floor(next() * 30);
    ranges.push({ start: at, length: span });
    at += span;
  }
  const each: string[] = [];
  new MarkClass(contexts).markRanges(ranges, {
    element: 'mark',
    filter: (node) => !node.data.includes('Q'),
    each: (element, range) => each.push(`${range.start}:${element.textContent ?? ''}`),
  });
  const marked = document.body.innerHTML;
  document.body.replaceChildren();
  return { html: marked, each };
}
