/**
 * A cheap sample of a page for stage 1, which runs on every page the reader
 * opens: title, URL, description, headings and the first stretch of body
 * text. It reads attributes and text node data only (no `innerText`, no
 * computed style), so it never forces a layout, and imports nothing heavy.
 */
import type { PageSample } from '../core/topic/detect-topic.ts';
import { BLOCK_TAGS, SKIPPED_TAGS } from './dom-tags.ts';
import { isOwnUi } from './ui-marker.ts';

export type { PageSample };

const DEFAULT_MAX_BODY = 20_000;
const MAX_HEADINGS = 20;
const MAX_HEADING_LENGTH = 300;

/** Samples title, URL, meta description (or og:description), h1-h3 headings and at most `maxBody` chars of body text, cheaply. */
export function samplePage(doc: Document, maxBody = DEFAULT_MAX_BODY): PageSample {
  return {
    title: collapse(doc.title),
    url: doc.URL,
    description:
      metaContent(doc, 'meta[name="description" i]') || metaContent(doc, 'meta[property="og:description" i]'),
    headings: headings(doc),
    body: doc.body ? bodyText(doc, doc.body, maxBody) : '',
  };
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

function headings(doc: Document): string[] {
  const out: string[] = [];
  for (const heading of doc.querySelectorAll('h1, h2, h3')) {
    const text = collapse(heading.textContent ?? '').slice(0, MAX_HEADING_LENGTH);
    if (text) out.push(text);
    if (out.length >= MAX_HEADINGS) break;
  }
  return out;
}

function bodyText(doc: Document, body: HTMLElement, maxBody: number): string {
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (SKIPPED_TAGS.has((node as Element).localName) || isOwnUi(node as Element))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  let space = true; // Nothing yet, so no separator is needed.
  for (let node = walker.nextNode(); node && length < maxBody; node = walker.nextNode()) {
    // Entering a block separates words; leaving one is not seen here, which only costs an occasional joined word.
    const data =
      node.nodeType === Node.TEXT_NODE ? (node as Text).data : BLOCK_TAGS.has((node as Element).localName) ? '\n' : '';
    if (data.trim() === '') {
      // Indentation costs budget and says nothing: keep one separator for it.
      if (data !== '' && !space) {
        parts.push(data.includes('\n') ? '\n' : ' ');
        length += 1;
        space = true;
      }
      continue;
    }
    const piece = data.slice(0, maxBody - length);
    parts.push(piece);
    length += piece.length;
    space = false;
  }
  return parts.join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
