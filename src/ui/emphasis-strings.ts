/**
 * The catalogue keys of the highlight-mode control and the legend. Each look
 * is described in words as well as drawn, so the legend never relies on
 * colour, and a screen reader reads the same description.
 */
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { EmphasisMode } from '../core/view/emphasis.ts';
import type { LookId } from './highlight-looks.ts';

/** Each mode's name and what it does. */
export const MODE_TEXT: Readonly<Record<EmphasisMode, { label: MessageKey; hint: MessageKey }>> = {
  contested: { label: 'modeContested', hint: 'modeContestedHint' },
  all: { label: 'modeAll', hint: 'modeAllHint' },
  none: { label: 'modeNone', hint: 'modeNoneHint' },
};

/** Each look's meaning, and its shape in words. */
export const LOOK_TEXT: Readonly<Record<LookId, { label: MessageKey; shape: MessageKey }>> = {
  'claim-disputed': { label: 'lookDisputed', shape: 'lookDisputedShape' },
  'claim-contradicted': { label: 'lookContradicted', shape: 'lookContradictedShape' },
  'claim-supported': { label: 'lookSupported', shape: 'lookSupportedShape' },
  'claim-context': { label: 'lookContext', shape: 'lookContextShape' },
  'quote-variant': { label: 'lookQuoteVariant', shape: 'lookQuoteVariantShape' },
  'quote-not-found': { label: 'lookQuoteNotFound', shape: 'lookQuoteNotFoundShape' },
  'quote-misattributed': { label: 'lookQuoteMisattributed', shape: 'lookQuoteMisattributedShape' },
  'quote-verbatim': { label: 'lookQuoteVerbatim', shape: 'lookQuoteVerbatimShape' },
  'quote-translation': { label: 'lookQuoteTranslation', shape: 'lookQuoteTranslationShape' },
  quiet: { label: 'lookQuiet', shape: 'lookQuietShape' },
};
