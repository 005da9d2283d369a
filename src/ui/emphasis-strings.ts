/**
 * Every English string of the highlight-mode control and the legend, in one
 * place, so that moving them into the _locales catalogues is one file's work.
 * Each look is described in words as well as drawn, so the legend never relies
 * on colour, and a screen reader reads the same description.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import type { LookId } from './highlight-looks.ts';

/** Strings of the mode control and the legend. */
export const EMPHASIS_STRINGS = {
  /** Group label of the popup's control; `{host}` is the site. */
  siteHeading: 'Highlights on {host}',
  /** Heading of the options page's section. */
  defaultHeading: 'Highlights in pages',
  defaultIntro:
    'How Counterpoint marks a page about a story it knows, on every site where you have not chosen otherwise in the popup.',
  /** Group label of the options page's control. */
  defaultLegend: 'Default for every site',
  /** Appended to the option that is the reader's default. */
  defaultTag: ' (default)',
  legendHeading: 'What the marks mean',
  /** The popup's link to the options page. */
  openDefault: 'Default for every site…',
  /** The legend's note in "none in the page". */
  noneNote: 'Nothing is marked in the page. Choose a claim below to jump to it; press Enter there to open its sources.',
  /** The swatch's sample text. */
  swatchText: 'text',
  saved: 'Saved.',
} as const;

/** Each mode's name and what it does. */
export const MODE_TEXT: Readonly<Record<EmphasisMode, { label: string; hint: string }>> = {
  contested: {
    label: 'Contested only',
    hint: 'What to question stands out; the rest is a faint line.',
  },
  all: { label: 'All claims', hint: 'Every claim and quote in its own style.' },
  none: { label: 'None in the page', hint: 'The page stays as it is; the popup still lists everything.' },
};

/** Each look's meaning, and its shape in words. */
export const LOOK_TEXT: Readonly<Record<LookId, { label: string; shape: string }>> = {
  'claim-disputed': { label: 'Disputed claim: the sources disagree', shape: 'fill, dashed line' },
  'claim-contradicted': { label: 'Contradicted claim: the sources deny it', shape: 'fill, double line' },
  'claim-supported': { label: 'Supported claim', shape: 'fill, solid line' },
  'claim-context': { label: 'Context for the story', shape: 'fill, dotted line' },
  'quote-variant': { label: 'Altered quote: the words differ from the source', shape: 'dotted underline' },
  'quote-not-found': { label: "Quote not found in the speaker's sources", shape: 'wavy underline' },
  'quote-misattributed': { label: 'Quote credited to the wrong person', shape: 'double underline' },
  'quote-verbatim': { label: 'Verbatim quote', shape: 'solid underline' },
  'quote-translation': {
    label: "A translation of the speaker's words: compare with their statements",
    shape: 'dashed underline',
  },
  quiet: {
    label:
      'Nothing to question: a supported or context claim, a verbatim or translated quote, or a claim mentioned again',
    shape: 'faint thin line, no fill',
  },
};
