/**
 * CSS injected into the host PAGE for Counterpoint's <mark> elements, one
 * stylesheet per highlight mode. It has to read on light and dark pages alike
 * (translucent fills plus a solid border or underline, see highlight-looks.ts),
 * and its selectors carry our class and data attribute so the page's own
 * <mark>s are never restyled.
 *
 * Marks carry data-emphasis="notable|quiet" (set once by the scanner); the
 * mode only decides which stylesheet is in the page, so switching modes is
 * one textContent change.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { LOOKS, type Look, type LookId } from './highlight-looks.ts';

const CLAIM = 'mark.counterpoint-claim[data-claim]';
const QUOTE = 'mark.counterpoint-quote[data-quote-verdict]';
// Pages that hide every <mark> with !important (seen in the wild and on the hostile fixture)
// must not hide ours: our selectors are more specific, so our !important wins.
const STAY_VISIBLE = 'display: inline !important; visibility: visible !important; opacity: 1 !important;';

/** Declarations drawing a look as a claim does: fill plus bottom border (which clears descenders). */
export function claimLookCss(look: Look): string {
  return `background-color: ${look.fill ?? 'transparent'}; border-bottom: ${look.width}px ${look.line} ${look.color};`;
}

/** Declarations drawing a look as a quote does: fill (if any) plus an offset underline. */
export function quoteLookCss(look: Look): string {
  return (
    `background-color: ${look.fill ?? 'transparent'}; text-decoration-line: underline; ` +
    `text-decoration-style: ${look.line}; text-decoration-thickness: ${look.width}px; text-decoration-color: ${look.color};`
  );
}

const claimRule = (selector: string, id: LookId) => `${selector} { ${claimLookCss(LOOKS[id])} }`;
const quoteRule = (selector: string, id: LookId) => `${selector} { ${quoteLookCss(LOOKS[id])} }`;

/** Every claim and quote in its full status style: the "all claims" mode, and the base of the others. */
const FULL_CSS = `
${CLAIM} {
  ${STAY_VISIBLE}
  color: inherit; font: inherit; padding: 0; margin: 0; border-radius: 2px; cursor: pointer;
  text-decoration: none; box-decoration-break: clone; -webkit-box-decoration-break: clone;
  ${claimLookCss(LOOKS['claim-disputed'])}
}
${claimRule(`${CLAIM}[data-claim-status="disputed"]`, 'claim-disputed')}
${claimRule(`${CLAIM}[data-claim-status="supported"]`, 'claim-supported')}
${claimRule(`${CLAIM}[data-claim-status="contradicted"]`, 'claim-contradicted')}
${claimRule(`${CLAIM}[data-claim-status="context"]`, 'claim-context')}
${QUOTE} {
  ${STAY_VISIBLE}
  color: inherit; font: inherit; background: transparent; padding: 0; margin: 0; cursor: pointer;
  text-underline-offset: .3em; text-decoration-skip-ink: none;
}
${quoteRule(`${QUOTE}[data-quote-verdict="verbatim"]`, 'quote-verbatim')}
${quoteRule(`${QUOTE}[data-quote-verdict="variant"]`, 'quote-variant')}
${quoteRule(`${QUOTE}[data-quote-verdict="not-found"]`, 'quote-not-found')}
${quoteRule(`${QUOTE}[data-quote-verdict="translation"]`, 'quote-translation')}
${quoteRule(`${QUOTE}[data-quote-misattributed]`, 'quote-misattributed')}
${CLAIM}:focus-visible, ${QUOTE}:focus-visible,
${CLAIM}[data-jump-target], ${QUOTE}[data-jump-target] { outline: 2px solid #1a73e8; outline-offset: 2px; }`;

// Same specificity as the status rules above, and later: these win.
const QUIET_CSS = `
${claimRule(`${CLAIM}[data-emphasis="quiet"]`, 'quiet')}
${quoteRule(`${QUOTE}[data-emphasis="quiet"]`, 'quiet')}`;

// Nothing shows. The focus ring above stays: a claim the popup jumps to is ringed (see
// content/jump-target.ts), while a click on marked text (which focuses a tabindex=-1 mark) is not.
const NONE_CSS = `
${CLAIM}[data-emphasis], ${QUOTE}[data-emphasis] {
  background-color: transparent; border-bottom: 0; border-radius: 0; text-decoration: none; cursor: auto;
}`;

const FORCED_COLORS_CSS = `
@media (forced-colors: active) {
  ${CLAIM} { border-bottom-color: Highlight; }
  ${QUOTE} { text-decoration-color: Highlight; }
  ${CLAIM}:focus-visible, ${QUOTE}:focus-visible, ${CLAIM}[data-jump-target], ${QUOTE}[data-jump-target] {
    outline-color: Highlight;
  }
}`;

/** The page stylesheet for a highlight mode. */
export function highlightPageCss(mode: EmphasisMode): string {
  const modeCss = mode === 'contested' ? QUIET_CSS : mode === 'none' ? NONE_CSS : '';
  return FULL_CSS + modeCss + FORCED_COLORS_CSS;
}

/** Stylesheet with every highlight in its full status style (the "all claims" mode). */
export const HIGHLIGHT_PAGE_CSS = highlightPageCss('all');
