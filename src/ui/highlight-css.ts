/**
 * CSS injected into the host PAGE for Counterpoint's <mark> elements. It has
 * to read on light and dark pages alike (translucent fills plus a solid
 * border or underline), and its selectors carry our class and data attribute
 * so the page's own <mark>s are never restyled. Each border and underline
 * keeps 3:1 against white and near-black pages (WCAG 1.4.11), each status has
 * its own line style, not only its own colour, and the fills stay light so
 * the page's own text keeps its contrast (tests/e2e/highlight-contrast.spec.ts).
 */

const CLAIM = 'mark.counterpoint-claim[data-claim]';
const QUOTE = 'mark.counterpoint-quote[data-quote-verdict]';
// Pages that hide every <mark> with !important (seen in the wild and on the hostile fixture)
// must not hide ours: our selectors are more specific, so our !important wins.
const STAY_VISIBLE = 'display: inline !important; visibility: visible !important; opacity: 1 !important;';

/** Stylesheet for claim highlights (fill + bottom border per status) and quote underlines. */
export const HIGHLIGHT_PAGE_CSS = `
${CLAIM} {
  ${STAY_VISIBLE}
  color: inherit; font: inherit; padding: 0; margin: 0; border-radius: 2px; cursor: pointer;
  background-color: rgba(255, 176, 32, .28); border-bottom: 2px solid rgba(184, 108, 0, .95);
  text-decoration: none; box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
${CLAIM}[data-claim-status="disputed"] {
  background-color: rgba(255, 176, 32, .28); border-bottom: 2px dashed rgba(184, 108, 0, .95);
}
${CLAIM}[data-claim-status="supported"] {
  background-color: rgba(46, 170, 90, .18); border-bottom: 2px solid rgba(30, 140, 70, .95);
}
${CLAIM}[data-claim-status="contradicted"] {
  background-color: rgba(232, 64, 64, .18); border-bottom: 3px double rgba(205, 40, 40, .95);
}
${CLAIM}[data-claim-status="context"] {
  background-color: rgba(120, 136, 160, .18); border-bottom: 2px dotted rgba(110, 125, 150, .95);
}
${QUOTE} {
  ${STAY_VISIBLE}
  color: inherit; font: inherit; background: transparent; padding: 0; margin: 0; cursor: pointer;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .3em;
  text-decoration-skip-ink: none;
}
${QUOTE}[data-quote-verdict="verbatim"] { text-decoration-style: solid; text-decoration-color: rgba(30, 150, 160, .95); }
${QUOTE}[data-quote-verdict="variant"] { text-decoration-style: dotted; text-decoration-color: rgba(184, 108, 0, .95); }
${QUOTE}[data-quote-verdict="not-found"] { text-decoration-style: wavy; text-decoration-color: rgba(200, 50, 130, .95); }
${CLAIM}:focus-visible, ${QUOTE}:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (forced-colors: active) {
  ${CLAIM} { border-bottom-color: Highlight; }
  ${QUOTE} { text-decoration-color: Highlight; }
  ${CLAIM}:focus-visible, ${QUOTE}:focus-visible { outline-color: Highlight; }
}`;
