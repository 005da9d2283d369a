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
.cp-emphasis legend { padding: 0; font-weight: 600; }
.cp-emphasis-option { display: grid; grid-template-columns: auto 1fr; column-gap: 8px; padding: 3px 0; }
.cp-emphasis-option input { grid-row: 1 / span 2; margin: 3px 0 0; }
.cp-emphasis-label { font-weight: 600; cursor: pointer; }
.cp-emphasis-hint { font-size: 13px; }
.cp-emphasis-option input:focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
.cp-legend { margin-top: 8px; }
.cp-legend-heading { margin: 0 0 4px; font-size: 13px; }
.cp-legend-rows { margin: 0; padding: 0; list-style: none; font-size: 13px; }
.cp-legend-rows li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.cp-swatch {
  flex: none; min-width: 3.2em; text-align: center; border-radius: 2px;
  text-underline-offset: .3em; text-decoration-skip-ink: none;
}
${(Object.keys(LOOKS) as LookId[]).map(swatch).join('\n')}
@media (forced-colors: active) { .cp-swatch { border-bottom-color: CanvasText; text-decoration-color: CanvasText; } }`;
