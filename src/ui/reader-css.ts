/**
 * CSS for the reader page, where a source document is shown in full.
 */
import { COMPONENT_CSS, themeVariables } from './theme-css.ts';

/** The reader page's stylesheet. */
export const READER_CSS = `
${themeVariables(':root')}
html, body { margin: 0; background: var(--cp-bg); color: var(--cp-fg); }
body { font: 18px/1.6 var(--cp-font); }
.cp-reader { max-width: 42rem; margin: 0 auto; padding: 24px 20px 64px; }
.cp-reader-title { margin: 4px 0 8px; font-size: 28px; line-height: 1.25; }
.cp-reader-header { margin-bottom: 24px; padding-bottom: 16px; border-bottom: 1px solid var(--cp-border); }
.cp-reader-header a { color: var(--cp-link); }
.cp-statement-box {
  margin-top: 16px; padding: 12px 14px; font-size: 16px;
  background: var(--cp-bg-soft); border: 1px solid var(--cp-border); border-radius: 10px;
}
.cp-statement-box p { margin: 4px 0; }
.cp-stance { font-weight: 600; }
/* pre-line: a single newline inside a paragraph is a line break in the source. */
.cp-reader-text p { white-space: pre-line; margin: 0 0 1em; }
mark.cp-highlight {
  color: inherit; background: var(--cp-mark-bg); padding: 0 2px; border-radius: 3px;
  box-shadow: 0 2px 0 var(--cp-disputed);
}
@media (forced-colors: active) { mark.cp-highlight { forced-color-adjust: none; background: Mark; color: MarkText; } }
${COMPONENT_CSS}`;
