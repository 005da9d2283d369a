/**
 * A highlight as data: where it goes in a page's extracted text and what its
 * marks carry. Made by the background's scan service, drawn by the page.
 */

/** A range of the extracted text to highlight, with what its marks carry. */
export interface HighlightRange {
  /** Offset in the extracted text (see content/extract-text.ts). */
  start: number;
  /** Offset just past the range's last character. */
  end: number;
  /** Class attribute of every mark of the range. */
  className: string;
  /** Extra attributes of every mark, e.g. `{ 'data-claim': 'exclusive-access' }`. */
  attributes: Record<string, string>;
  /** The accessible name of the range's first (focusable) mark. */
  label: string;
}

/** What every mark of a range carries: shared by the ranges of one claim in the same words. */
export type RangeLook = Pick<HighlightRange, 'className' | 'attributes' | 'label'>;
