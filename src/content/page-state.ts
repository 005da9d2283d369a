/**
 * What the content script knows about the page, shared between stage 1 and the
 * modules it loads lazily. Kept tiny because stage 1 imports it on every page.
 *
 * Stage 1 is a classic script with its own copy of this module, and stage 2's
 * modules import another: the one state object lives on the content script's
 * global (the extension's isolated world, which the page cannot see), and
 * whichever copy runs first makes it.
 */
import type { TopicResult } from '../core/topic/detect-topic.ts';
import type { PageReport } from '../core/view/page-report.ts';
import { importScanner } from './stage2-modules.ts';

type Scanner = typeof import('./scanner.ts');

/** Stage 1's verdict on the page. */
export interface Verdict {
  about: boolean;
  /** Its score and evidence; for a page the needles ruled out, asked of the background when the popup asks. */
  result(): Promise<TopicResult>;
}

/** The page's state: the stage-1 verdict, the scanner once loaded, and what it found. */
interface PageState {
  detection: Verdict | null;
  /** The pack whose story the page is about: only its claims are looked for. */
  storyPack: string | null;
  scanner: Promise<Scanner> | null;
  claims: PageReport['claims'];
  /** Quotes checked automatically by the scanner. */
  scannedQuotes: PageReport['quotes'];
  /** Quotes the user asked about with the context menu or shortcut. */
  askedQuotes: PageReport['quotes'];
}

const shared = globalThis as { counterpointPageState?: PageState };

/** The page's state, one object for every copy of this module in the content script. */
export const pageState: PageState = (shared.counterpointPageState ??= {
  detection: null,
  storyPack: null,
  scanner: null,
  claims: [],
  scannedQuotes: [],
  askedQuotes: [],
});

/** Loads the scanner (stage 2) once. */
export function loadScanner(): Promise<Scanner> {
  return (pageState.scanner ??= importScanner());
}
