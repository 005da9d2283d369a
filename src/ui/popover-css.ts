/**
 * CSS for the in-page popover, loaded inside its shadow root. Sizes are in
 * px, not rem, because rem would follow the host page's root font size.
 */
import { COPY_CITATION_CSS } from './export-css.ts';
import { COMPONENT_CSS, themeVariables } from './theme-css.ts';

/** The popover's stylesheet (for the shadow root). */
export const POPOVER_CSS = `
${themeVariables(':host')}
/*
 * The host sits in the page, so page rules such as "div { display: none }" reach
 * it. Important declarations from inside a shadow root win over the page's, even
 * its important ones; all: initial resets everything else. Position comes in as
 * custom properties, which all: initial leaves alone.
 */
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: var(--cp-top, 0px) !important;
  left: var(--cp-left, 0px) !important;
  z-index: 2147483647 !important;
  font: 14px/1.45 var(--cp-font) !important;
  color: var(--cp-fg) !important;
}
.cp-dialog {
  box-sizing: border-box; width: min(440px, calc(100vw - 16px));
  max-height: var(--cp-max-height, 70vh); overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px; background: var(--cp-bg); color: var(--cp-fg);
  border: 1px solid var(--cp-border); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, .28);
  text-align: left;
}
/* Focus lands on the dialog itself on open; its appearing is the cue, so no ring round all of it. */
.cp-dialog:focus, .cp-dialog:focus-visible { outline: none; }
.cp-dialog p { margin: 4px 0; }
.cp-dialog-header { display: flex; align-items: flex-start; gap: 8px; }
.cp-dialog-title { flex: 1; min-width: 0; }
.cp-heading { margin: 2px 0 4px; font-size: 16px; line-height: 1.3; }
.cp-close {
  flex: none; width: 28px; height: 28px; padding: 0; border: 1px solid transparent; border-radius: 6px;
  background: none; color: var(--cp-fg); font-size: 20px; line-height: 1; cursor: pointer;
}
.cp-close:hover { background: var(--cp-bg-soft); }
.cp-section { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--cp-border); }
.cp-section-heading { margin: 0 0 4px; font-size: 14px; }
details.cp-section > summary { cursor: pointer; font-weight: 600; }
.cp-statements, .cp-sources, .cp-timeline { margin: 0; padding: 0; list-style: none; }
.cp-statement, .cp-source { padding: 6px 0; }
.cp-statement + .cp-statement, .cp-source + .cp-source { border-top: 1px dashed var(--cp-border); }
.cp-speaker { font-weight: 600; }
.cp-speaker .cp-muted { font-weight: normal; }
.cp-outlet { font-weight: 600; }
.cp-passage { padding: 6px 8px; background: var(--cp-bg-soft); border-radius: 6px; }
.cp-timeline { font-size: 13px; }
.cp-event { padding: 1px 0 1px 14px; position: relative; color: var(--cp-muted); }
.cp-event::before { content: "○"; position: absolute; left: 0; }
.cp-event-linked { color: var(--cp-fg); }
.cp-event-linked::before { content: "●"; }
.cp-event time { font-variant-numeric: tabular-nums; margin-right: 4px; }
${COMPONENT_CSS}
/* Right words, wrong speaker: the heading says so in the colour of a contradiction. */
.cp-quote-check[data-misattributed] .cp-dialog-title { color: var(--cp-contradicted); }
${COPY_CITATION_CSS}`;
