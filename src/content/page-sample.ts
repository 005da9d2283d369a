/**
 * A cheap sample of a page for stage 1, which runs on every page the reader
 * opens: title, URL, description, headings and the first stretch of the body
 * text the reader can see, including text a web component renders into an
 * open shadow root. It never forces a layout and imports nothing heavy.
 * Stage 1 samples the pages its quick look (quick-look.ts) did not rule out.
 *
 * What is hidden: markup that hides (hidden-markup.ts) is skipped with its
 * subtree, from attributes alone. A stylesheet that hides (a `.hidden` class)
 * can only be seen in computed style, so each element whose text would go
 * into the sample is asked `checkVisibility()`, once: at most one call per
 * text node sampled, so the cost is bounded by the sample's budget, not by the
 * page. checkVisibility needs the style and layout tree (not a layout), which
 * at document idle a page has already brought up to date to paint.
 */
import type { PageSample } from '../core/topic/detect-topic.ts';
import { BLOCK_TAGS, SKIPPED_TAGS } from './dom-tags.ts';
import { hiddenByMarkup, inClosedDetails } from './hidden-markup.ts';
import { isRendered as isElementRendered } from './rendered.ts';
import { isOwnUi } from './ui-marker.ts';

export type { PageSample };

const DEFAULT_MAX_BODY = 20_000;
const MAX_HEADINGS = 20;
const MAX_HEADING_LENGTH = 300;

/** How {@link samplePage} tells what is rendered. */
export interface SampleOptions {
  /** Whether an element's content is rendered; by default `checkVisibility()`. Test seam. */
  isRendered?: (element: Element) => boolean;
}

/** Whether two samples read the same (a page that changed nothing the sample reads between them). */
export function sameSample(a: PageSample, b: PageSample): boolean {
  return (
    a.title === b.title &&
    a.url === b.url &&
    a.description === b.description &&
    a.body === b.body &&
    a.headings.length === b.headings.length &&
    a.headings.every((heading, index) => heading === b.headings[index])
  );
}

/** Samples title, URL, meta description (or og:description), h1-h3 headings and at most `maxBody` chars of visible body text. */
export function samplePage(doc: Document, maxBody = DEFAULT_MAX_BODY, options: SampleOptions = {}): PageSample {
  const isRendered = cached(options.isRendered ?? isElementRendered);
  return {
    ...sampleHead(doc),
    headings: headings(doc, isRendered),
    body: doc.body ? bodyText(doc, doc.body, maxBody, isRendered) : '',
  };
}

/** The title, URL and meta description (or og:description) of a page, as its sample holds them. */
export function sampleHead(doc: Document): Pick<PageSample, 'title' | 'url' | 'description'> {
  return {
    title: collapse(doc.title),
    url: doc.URL,
    description:
      metaContent(doc, 'meta[name="description" i]') || metaContent(doc, 'meta[property="og:description" i]'),
  };
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

function headings(doc: Document, isRendered: (element: Element) => boolean): string[] {
  const out: string[] = [];
  for (const heading of doc.querySelectorAll('h1, h2, h3')) {
    // At most MAX_HEADINGS non-empty ones are asked, and headings are few.
    if (!isRendered(heading)) continue;
    const text = collapse(heading.textContent ?? '').slice(0, MAX_HEADING_LENGTH);
    if (text) out.push(text);
    if (out.length >= MAX_HEADINGS) break;
  }
  return out;
}

function bodyText(doc: Document, body: HTMLElement, maxBody: number, isRendered: (e: Element) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  let space = true; // Nothing yet, so no separator is needed.
  const add = (data: string) => {
    if (data.trim() === '') {
      // Indentation costs budget and says nothing: keep one separator for it.
      if (data !== '' && !space) {
        parts.push(data.includes('\n') ? '\n' : ' ');
        length += 1;
        space = true;
      }
      return;
    }
    const piece = data.slice(0, maxBody - length);
    parts.push(piece);
    length += piece.length;
    space = false;
  };
  // An open shadow root is sampled where its host is met, from the same budget.
  const walk = (root: Node) => {
    // No filter on the walker: the DOM calling into the extension's isolated world for every
    // node costs more than the walk itself (markjs-engine.ts measured it); a node `accept`
    // rejects is stepped over here with its subtree.
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && length < maxBody) {
      if (accept(node) === NodeFilter.FILTER_REJECT) {
        node = afterSubtree(walker);
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        const parent = node.parentNode;
        // Only text that would be sampled asks whether it is rendered.
        if (data.trim() === '' || parent?.nodeType !== Node.ELEMENT_NODE || isRendered(parent as Element)) add(data);
      } else {
        // Entering a block separates words; leaving one is not seen here, which only costs an occasional joined word.
        if (BLOCK_TAGS.has((node as Element).localName)) add('\n');
        const shadow = (node as Element).shadowRoot;
        if (shadow) walk(shadow);
      }
      node = walker.nextNode();
    }
  };
  walk(body);
  return parts.join('');
}

/** The node after the walker's current node and its subtree, in the walker's root; the walker moves there. */
function afterSubtree(walker: TreeWalker): Node | null {
  for (let node: Node | null = walker.currentNode; node; node = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

function accept(node: Node): number {
  if (inClosedDetails(node)) return NodeFilter.FILTER_REJECT;
  if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
  const element = node as Element;
  return SKIPPED_TAGS.has(element.localName) || isOwnUi(element) || hiddenByMarkup(element)
    ? NodeFilter.FILTER_REJECT
    : NodeFilter.FILTER_ACCEPT;
}

function cached(test: (element: Element) => boolean): (element: Element) => boolean {
  const answers = new Map<Element, boolean>();
  return (element) => {
    let answer = answers.get(element);
    if (answer === undefined) answers.set(element, (answer = test(element)));
    return answer;
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
