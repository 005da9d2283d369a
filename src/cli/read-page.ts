/**
 * Turns a file's contents into what the extension would see of it: for HTML, a
 * real parser (happy-dom's DOMParser, scripts off) and the content script's own
 * sampling and text extraction; for plain text, the text itself.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { pageQuote } from '../core/export/page-quote.ts';
import type { PageSample } from '../core/topic/detect-topic.ts';
import { extractText, segmentLengths, textForMatching } from '../content/extract-text.ts';
import { samplePage } from '../content/page-sample.ts';
import { textContentLocator, type Locate } from '../content/text-positions.ts';

/** The page as Counterpoint reads it: a sample for topic detection and the full visible text. */
export interface ReadPage {
  sample: PageSample;
  text: string;
  /** The page's address: its canonical URL when it names one, else the file's URL. */
  url: string;
  title: string;
  /** Where a range of `text` is in the page's body text, for W3C selectors (see text-positions.ts). */
  locate: Locate;
}

/** A file's URL (stdin has none of its own). */
function fileUrl(fileName: string): string {
  return fileName === '' ? 'file:///dev/stdin' : pathToFileURL(resolve(fileName)).href;
}

/** True when the contents look like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(contents: string, fileName = ''): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>])/i.test(contents);
}

/** Reads HTML or plain text into a page sample and its visible text. */
export function readPage(contents: string, fileName = ''): ReadPage {
  if (!looksLikeHtml(contents, fileName)) {
    const title = contents.trimStart().split('\n', 1)[0]?.slice(0, 300) ?? '';
    return {
      sample: { title, url: fileName, description: '', headings: [], body: contents.slice(0, 20_000) },
      text: contents,
      url: fileUrl(fileName),
      title,
      locate: (start, end) => pageQuote(contents, start, end),
    };
  }
  const window = new Window({
    url: 'https://counterpoint.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  // The content script's DOM code reads the browser's `Node` and `NodeFilter` constants,
  // which Node.js lacks; happy-dom's stand in for them.
  const globals = globalThis as Record<string, unknown>;
  globals.Node ??= window.Node;
  globals.NodeFilter ??= window.NodeFilter;
  try {
    const document = new window.DOMParser().parseFromString(contents, 'text/html') as unknown as Document;
    const sample = { ...samplePage(document), url: fileName };
    if (!document.body) return { sample, text: '', url: fileUrl(fileName), title: sample.title, locate: () => null };
    const extracted = extractText(document.body);
    const lengths = segmentLengths(extracted);
    return {
      sample,
      text: textForMatching(extracted, lengths),
      url: canonicalUrl(document) ?? fileUrl(fileName),
      title: document.title.trim(),
      locate: textContentLocator(document.body, extracted, lengths),
    };
  } finally {
    void window.happyDOM.close();
  }
}

// A saved page usually names where it was published; that is the address annotations must target.
function canonicalUrl(document: Document): string | null {
  const link = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  for (const candidate of [link, og]) {
    if (candidate && URL.canParse(candidate) && /^https?:/.test(candidate)) return candidate;
  }
  return null;
}
