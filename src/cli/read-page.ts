/**
 * Turns a file's contents into what the extension would see of it: for HTML, a
 * real parser (happy-dom's DOMParser, scripts off) and the content script's own
 * sampling and text extraction; for plain text, the text itself.
 */
import { Window } from 'happy-dom';
import type { PageSample } from '../core/topic/detect-topic.ts';
import { extractText, textForMatching } from '../content/extract-text.ts';
import { samplePage } from '../content/page-sample.ts';

/** The page as Counterpoint reads it: a sample for topic detection and the full visible text. */
export interface ReadPage {
  sample: PageSample;
  text: string;
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
    return { sample, text: document.body ? textForMatching(extractText(document.body)) : '' };
  } finally {
    void window.happyDOM.close();
  }
}
