/**
 * The export formats the popup and the command line offer, named once.
 */

/** Every export format, in the order they are offered. */
export const EXPORT_FORMATS = ['markdown', 'annotations', 'claimreview'] as const;

/** One export format: Markdown report, W3C Web Annotations, or ClaimReview drafts. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
