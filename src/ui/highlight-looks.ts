/**
 * What each kind of highlight looks like, as data: a fill (or none) and a line
 * with its style, width and colour. The page stylesheet (highlight-css.ts) and
 * the popup's legend swatches are both rendered from it, so the legend cannot
 * drift from the page. Every look differs from the others shown in the same
 * mode by its line style or by having a fill, never by colour alone, and the
 * colours are chosen to read on white and on near-black pages (checked in
 * highlight-looks.test.ts).
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';

/** The name of one look. */
export type LookId =
  | 'claim-disputed'
  | 'claim-contradicted'
  | 'claim-supported'
  | 'claim-context'
  | 'quote-variant'
  | 'quote-not-found'
  | 'quote-misattributed'
  | 'quote-verbatim'
  | 'quote-translation'
  | 'quiet';

/** A highlight's drawing: translucent fill behind the text (or none) and the line under it. */
export interface Look {
  /** rgba() fill, translucent so the page's own background shows through; null for no fill. */
  fill: string | null;
  line: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  /** Line width in px. */
  width: number;
  /** rgba() line colour, or a color-mix() of the text's own colour for the quiet look. */
  color: string;
}

/**
 * The faint line of quiet marks is the text's own colour, half mixed away: it
 * follows the page's text, so it is faint but visible on light and dark pages alike.
 */
export const QUIET_LINE_SHARE = 0.55;

/** Every look. */
export const LOOKS: Readonly<Record<LookId, Look>> = {
  'claim-disputed': { fill: 'rgba(255, 176, 32, .28)', line: 'dashed', width: 2, color: 'rgba(184, 108, 0, .95)' },
  'claim-contradicted': { fill: 'rgba(232, 64, 64, .18)', line: 'double', width: 3, color: 'rgba(205, 40, 40, .95)' },
  'claim-supported': { fill: 'rgba(46, 170, 90, .18)', line: 'solid', width: 2, color: 'rgba(30, 140, 70, .95)' },
  'claim-context': { fill: 'rgba(120, 136, 160, .18)', line: 'dotted', width: 2, color: 'rgba(110, 125, 150, .95)' },
  'quote-verbatim': { fill: null, line: 'solid', width: 2, color: 'rgba(30, 150, 160, .95)' },
  'quote-translation': { fill: null, line: 'dashed', width: 2, color: 'rgba(96, 112, 220, .95)' },
  'quote-variant': { fill: null, line: 'dotted', width: 2, color: 'rgba(184, 108, 0, .95)' },
  'quote-not-found': { fill: null, line: 'wavy', width: 2, color: 'rgba(200, 50, 130, .95)' },
  'quote-misattributed': { fill: null, line: 'double', width: 3, color: 'rgba(150, 80, 210, .95)' },
  quiet: {
    fill: null,
    line: 'solid',
    width: 1,
    color: `color-mix(in srgb, currentColor ${QUIET_LINE_SHARE * 100}%, transparent)`,
  },
};

/** The looks a reader can meet in the page in each mode, most important first (the legend's rows). */
export const LOOKS_IN_MODE: Readonly<Record<EmphasisMode, readonly LookId[]>> = {
  contested: [
    'claim-disputed',
    'claim-contradicted',
    'quote-variant',
    'quote-not-found',
    'quote-misattributed',
    'quiet',
  ],
  all: [
    'claim-disputed',
    'claim-contradicted',
    'claim-supported',
    'claim-context',
    'quote-variant',
    'quote-not-found',
    'quote-misattributed',
    'quote-verbatim',
    'quote-translation',
  ],
  none: [],
};
