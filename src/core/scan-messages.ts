/**
 * The scan service's protocol: a story page sends its visible text to the
 * background, which matches claims and checks quotes there, off the page's
 * main thread and without the corpus in the page's memory, and answers with
 * everything the page draws and lists. Its own map, apart from messages.ts,
 * so that the page names the method without loading zod; the background
 * validates the request.
 */
import type { PackedClaims } from './claims/packed-claims.ts';
import type { TextScan } from './scan-text.ts';
import type { HighlightRange } from './view/highlight-range.ts';
import type { PackedRanges } from './view/packed-ranges.ts';
import type { PageReport } from './view/page-report.ts';
import { MAX_PAGE_LANG, MAX_PAGE_TEXT, PART_CHARS } from './scan-limits.ts';
import { z } from './zod-setup.ts';

const ScanId = z.string().min(1).max(100);

/** Requests a content script sends to the background's scan service. */
export const ScanRequests = {
  /**
   * Scan a page's text against one story's pack (null: the built-in one). `pageLang` is the
   * page's `lang` attribute, for quotes too short to tell their language. A text longer than
   * one part comes in parts first (`scanPart`), and `text` is its last part.
   */
  scanPage: z.strictObject({
    packId: z.string().max(200).nullable(),
    text: z.string().max(PART_CHARS),
    pageLang: z.string().max(MAX_PAGE_LANG),
    partsBefore: z.strictObject({ scanId: ScanId, count: z.number().int().min(1) }).optional(),
  }),
  /** Part `index` of a long text that a `scanPage` with the same `scanId` will end. */
  scanPart: z.strictObject({
    scanId: ScanId,
    index: z
      .number()
      .int()
      .min(0)
      .max(Math.ceil(MAX_PAGE_TEXT / PART_CHARS)),
    text: z.string().max(PART_CHARS),
  }),
} as const;

/** A scan-service method name. */
export type ScanRequestMethod = keyof typeof ScanRequests;

/** What the page asks to have its text scanned: the whole text, sent in parts when long. */
export type ScanRequest = Omit<z.infer<(typeof ScanRequests)['scanPage']>, 'partsBefore'>;

/** The answer: the findings, the ranges to highlight (named in the reader's language), and the popup's lists. */
export interface PageScanned {
  scan: TextScan;
  ranges: HighlightRange[];
  /** One row per distinct claim found and per quote checked (page-summary.ts), in English. */
  summary: Pick<PageReport, 'claims' | 'quotes'>;
}

/** The answer as it travels: its ranges and claim matches packed (view/packed-ranges.ts, claims/packed-claims.ts). */
export type PageScannedMessage = Omit<PageScanned, 'ranges' | 'scan'> & {
  scan: Omit<TextScan, 'claims'> & { claims: PackedClaims };
  ranges: PackedRanges;
};
