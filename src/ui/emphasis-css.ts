/**
 * CSS for the highlight-mode control (popup and options page) and the
 * legend's swatches, which draw each look exactly as the page stylesheet does.
 */
import { claimLookCss, quoteLookCss } from './highlight-css.ts';
import { LOOKS, type LookId } from './highlight-looks.ts';

const swatch = (id: LookId) =>
  `.cp-swatch[data-look="${id}"] { ${id.startsWith('quote-') ? quoteLookCss(LOOKS[id]) : claimLookCss(LOOKS[id])} }`;

/** Rules for the mode radio group and the legend. */
export const EMPHASIS_CSS = `
.cp-emphasis { margin: 0; padding: 0; border: 0; min-width: 0; }
.cp-emphasis legend { padding: 0; margin-bottom: 4px; font-weight: 600; }
.cp-emphasis-row .cp-emphasis-options { display: flex; flex-wrap: wrap; gap: 2px 14px; }
.cp-emphasis-row .cp-emphasis-hint { margin: 2px 0 0; font-size: 13px; }
.cp-emphasis-option { display: grid; grid-template-columns: auto 1fr; column-gap: 6px; align-items: baseline; padding: 2px 0; }
.cp-emphasis-list .cp-emphasis-option input { grid-row: 1 / span 2; }
.cp-emphasis-label { cursor: pointer; }
.cp-emphasis-list .cp-emphasis-label { font-weight: 600; }
.cp-emphasis-list .cp-emphasis-hint { grid-column: 2; font-size: 14px; }
.cp-emphasis-option input { margin: 0; }
.cp-emphasis-option input:focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
.cp-legend { margin-top: 6px; }
.cp-emphasis-default { margin-top: 6px; }
.cp-legend-heading { font-size: 13px; cursor: pointer; color: var(--cp-link); }
.cp-legend-heading:focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
.cp-legend-rows { margin: 4px 0 0; padding: 0; list-style: none; font-size: 13px; }
.cp-legend-rows li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.cp-legend > .cp-muted { margin: 4px 0 0; font-size: 13px; }
.cp-swatch {
  flex: none; min-width: 3.2em; text-align: center; border-radius: 2px;
  text-underline-offset: .3em; text-decoration-skip-ink: none;
}
${(Object.keys(LOOKS) as LookId[]).map(swatch).join('\n')}
@media (forced-colors: active) { .cp-swatch { border-bottom-color: CanvasText; text-decoration-color: CanvasText; } }`;
