/**
 * What the content script knows about the page, shared between stage 1 and the
 * modules it loads lazily. Kept tiny because stage 1 imports it on every page.
 */
import type { TopicResult } from '../core/topic/detect-topic.ts';
import type { PageReport } from '../core/view/page-report.ts';

type Scanner = typeof import('./scanner.ts');

/** The page's state: the stage-1 verdict, the scanner once loaded, and what it found. */
export const pageState: {
  detection: TopicResult | null;
  /** The pack whose story the page is about: only its claims are looked for. */
  storyPack: string | null;
  scanner: Promise<Scanner> | null;
  claims: PageReport['claims'];
  /** Quotes checked automatically by the scanner. */
  scannedQuotes: PageReport['quotes'];
  /** Quotes the user asked about with the context menu or shortcut. */
  askedQuotes: PageReport['quotes'];
} = { detection: null, storyPack: null, scanner: null, claims: [], scannedQuotes: [], askedQuotes: [] };

/** Loads the scanner (stage 2) once. */
export function loadScanner(): Promise<Scanner> {
  return (pageState.scanner ??= import('./scanner.ts'));
}
