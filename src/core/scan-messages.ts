/**
 * The scan service's protocol: a story page sends its visible text to the
 * background, which matches claims and checks quotes there, off the page's
 * main thread and without the corpus in the page's memory, and answers with
 * everything the page draws and lists. Its own map, apart from messages.ts,
 * so that the page names the method without loading zod; the background
 * validates the request.
 */
import type { TextScan } from './scan-text.ts';
import type { HighlightRange } from './view/highlight-range.ts';
import type { PackedRanges } from './view/packed-ranges.ts';
import type { PageReport } from './view/page-report.ts';
import { MAX_PAGE_LANG, MAX_PAGE_TEXT } from './scan-limits.ts';
import { z } from './zod-setup.ts';

/** Requests a content script sends to the background's scan service. */
export const ScanRequests = {
  /**
   * Scan a page's text against one story's pack (null: the built-in one). `pageLang` is the
   * page's `lang` attribute, for quotes too short to tell their language.
   */
  scanPage: z.strictObject({
    packId: z.string().max(200).nullable(),
    text: z.string().max(MAX_PAGE_TEXT),
    pageLang: z.string().max(MAX_PAGE_LANG),
  }),
} as const;

/** A scan-service method name. */
export type ScanRequestMethod = keyof typeof ScanRequests;

/** What the page sends to have its text scanned. */
export type ScanRequest = z.infer<(typeof ScanRequests)['scanPage']>;

/** The answer: the findings, the ranges to highlight (named in the reader's language), and the popup's lists. */
export interface PageScanned {
  scan: TextScan;
  ranges: HighlightRange[];
  /** One row per distinct claim found and per quote checked (page-summary.ts), in English. */
  summary: Pick<PageReport, 'claims' | 'quotes'>;
}

/** The answer as it travels: its ranges packed (view/packed-ranges.ts). */
export type PageScannedMessage = Omit<PageScanned, 'ranges'> & { ranges: PackedRanges };
