/**
 * Stage 1's first look at a page: its text as the DOM already holds it, read
 * in a few native calls instead of a walk. A walk costs a JS wrapper and a
 * dozen calls for every node, in code still cold: on a page built like a news
 * site, 8 to 16 ms against 3 to 5 ms read this way (README, eighteenth
 * session). The needles (topic-needles.ts) search these texts; a page they
 * rule out is not walked at all, and the rest are sampled as before
 * (page-sample.ts).
 *
 * Every text the sample reads is here, whole: the title, URL and description
 * as the sample takes them, the body's text (`textContent`: hidden text,
 * scripts and all, which can only add words), and the text of each open
 * shadow root on a custom element, where web components render. So a needle
 * the sample finds is found here too, but for two cases the README names:
 * a word that the sample reads whole because hidden text inside it is
 * skipped (`Face<span hidden>x</span>book`), and a shadow root on a built-in
 * element (`<div>`), which only a walk can find. A page is missed only if
 * every mention of the story's words in its title, address, description and
 * text is like that.
 */
import { pageTexts } from '../core/topic/detect-topic.ts';
import { sampleHead } from './page-sample.ts';

// Past this much body text, reading it whole costs more than the walk's sample, which stops at
// its budget: the caller samples instead. The body's text is built before its length is known,
// ~6 ms per million characters here, so a longer page pays that on top of the walk.
const MAX_WHOLE_CHARS = 500_000;
// A page with more custom elements, or more of them hosting shadow roots, than this is sampled
// instead: each costs a few calls here, as a node does in the walk.
const MAX_CUSTOM_ELEMENTS = 2_000;
const MAX_SHADOW_HOSTS = 500;

// Custom elements: their names hold a hyphen. XPath selects them in native code, with no wrapper
// for the many elements that are not.
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";
const HEADINGS = 'h1, h2, h3';

/** How {@link quickLook} finds the elements whose shadow roots it reads. */
export interface QuickLookOptions {
  /** The custom elements in and under `root` (null: they cannot be found); by default XPath. Test seam. */
  customElements?: (root: Element) => Iterable<Element> | null;
}

/**
 * The texts of the page that the needles search, or null when the page is too large to read
 * whole or its web components cannot be found (the caller samples it). Two looks that return
 * equal texts saw the same page.
 */
export function quickLook(doc: Document, head = headTexts(doc), options: QuickLookOptions = {}): string[] | null {
  const body = doc.body;
  if (!body) return null;
  const text = body.textContent ?? '';
  if (text.length > MAX_WHOLE_CHARS) return null;
  const shadows = shadowTexts(body, options.customElements ?? customElementsByXPath);
  if (!shadows) return null;
  return [...head, ...headingsOutside(doc, body), text, ...shadows];
}

/** The title, URL and description, exactly as the sample's texts are made of them: the cheap part of a look. */
export function headTexts(doc: Document): string[] {
  return pageTexts({ ...sampleHead(doc), headings: [], body: '' });
}

/** Whether two quick looks read the same texts. */
export function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

// The text of every open shadow root on a custom element, nested ones too; null past the caps.
function shadowTexts(body: Element, find: (root: Element) => Iterable<Element> | null): string[] | null {
  const texts: string[] = [];
  const roots: Element[] = [body];
  let elements = 0;
  let hosts = 0;
  for (let root = roots.pop(); root; root = roots.pop()) {
    const found = find(root);
    if (!found) return null;
    for (const element of found) {
      if ((elements += 1) > MAX_CUSTOM_ELEMENTS) return null;
      const shadow = element.shadowRoot;
      if (!shadow) continue;
      if ((hosts += 1) > MAX_SHADOW_HOSTS) return null;
      texts.push(shadow.textContent ?? '');
      // XPath takes no shadow root as its context: search from each of its elements.
      roots.push(...shadow.children);
    }
  }
  return texts;
}

// Null where the document has no XPath (a DOM emulation): the caller samples the page instead.
function customElementsByXPath(root: Element): Element[] | null {
  const doc = root.ownerDocument;
  if (typeof doc.evaluate !== 'function') return null;
  const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const elements: Element[] = [];
  for (let index = 0; index < found.snapshotLength; index += 1) elements.push(found.snapshotItem(index) as Element);
  return elements;
}

// The sample reads every h1-h3 of the document; the body's text holds all but those a script put
// elsewhere. Counting them first makes no wrapper for any heading of an ordinary page.
function headingsOutside(doc: Document, body: Element): string[] {
  const headings = doc.querySelectorAll(HEADINGS);
  if (headings.length === body.querySelectorAll(HEADINGS).length) return [];
  return [...headings].filter((heading) => !body.contains(heading)).map((heading) => heading.textContent ?? '');
}
