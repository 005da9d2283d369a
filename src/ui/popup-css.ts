/**
 * CSS for the toolbar popup page.
 */
import { EMPHASIS_CSS } from './emphasis-css.ts';
import { EXPORT_PANEL_CSS } from './export-css.ts';
import { COMPONENT_CSS, themeVariables } from './theme-css.ts';

/** The popup's stylesheet. */
export const POPUP_CSS = `
${themeVariables(':root')}
html, body { margin: 0; background: var(--cp-bg); color: var(--cp-fg); }
body { font: 14px/1.45 var(--cp-font); width: 360px; }
.cp-popup { padding: 12px 14px 14px; }
.cp-popup-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.cp-title { margin: 0; font-size: 17px; }
.cp-plain { font-weight: 600; }
.cp-section { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--cp-border); }
.cp-section p { margin: 4px 0; }
.cp-section-heading { margin: 0 0 6px; font-size: 14px; }
.cp-evidence { margin: 4px 0; }
.cp-terms summary { cursor: pointer; font-size: 13px; color: var(--cp-muted); }
.cp-terms ul { margin: 4px 0; padding-left: 18px; font-size: 13px; }
.cp-rows { margin: 0; padding: 0; list-style: none; }
.cp-rows > li + li { margin-top: 6px; }
.cp-row {
  display: block; width: 100%; padding: 6px 8px; text-align: left; font: inherit; color: inherit;
  background: var(--cp-bg-soft); border: 1px solid var(--cp-border); border-radius: 8px; cursor: pointer;
}
.cp-row:hover { border-color: var(--cp-link); }
.cp-row-title { display: block; font-weight: 600; }
.cp-row-meta { display: block; margin-top: 2px; font-size: 13px; }
.cp-quote-row { padding: 4px 0; }
.cp-popup-footer { margin-top: 12px; padding-top: 8px; border-top: 1px solid var(--cp-border); text-align: right; }
.cp-link-button { padding: 0; border: 0; background: none; font: inherit; font-size: 13px; color: var(--cp-link); cursor: pointer; text-decoration: underline; }
.cp-quote-row .cp-row-title { font-weight: normal; font-style: italic; }
.cp-error { white-space: pre-wrap; }
.cp-switch { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; cursor: pointer; }
.cp-switch input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.cp-switch-track {
  position: relative; width: 32px; height: 18px; border-radius: 9px;
  background: var(--cp-border); transition: background .15s;
}
.cp-switch-track::after {
  content: ""; position: absolute; top: 2px; left: 2px; width: 14px; height: 14px;
  border-radius: 50%; background: var(--cp-bg); transition: transform .15s;
}
.cp-switch input:checked + .cp-switch-track { background: var(--cp-link); }
.cp-switch input:checked + .cp-switch-track::after { transform: translateX(14px); }
.cp-switch input:focus-visible + .cp-switch-track { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
@media (forced-colors: active) { .cp-switch-track { border: 1px solid CanvasText; } }
${COMPONENT_CSS}
${EMPHASIS_CSS}${EXPORT_PANEL_CSS}`;
