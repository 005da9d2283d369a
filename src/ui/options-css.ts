/**
 * CSS for the options page (story packs).
 */
import { EMPHASIS_CSS } from './emphasis-css.ts';
import { themeVariables } from './theme-css.ts';

/** The options page's stylesheet. */
export const OPTIONS_CSS = `
${themeVariables(':root')}
html, body { margin: 0; background: var(--cp-bg); color: var(--cp-fg); }
body { font: 15px/1.5 var(--cp-font); }
.cp-packs { max-width: 720px; margin: 0 auto; padding: 24px 20px 48px; }
.cp-packs h1 { font-size: 22px; margin: 0 0 8px; }
.cp-packs h2 { font-size: 16px; margin: 0 0 4px; }
.cp-pack-list { list-style: none; padding: 0; margin: 16px 0; }
.cp-pack { padding: 12px 14px; border: 1px solid var(--cp-border); border-radius: 10px; background: var(--cp-bg-soft); }
.cp-pack + .cp-pack { margin-top: 10px; }
.cp-pack p { margin: 4px 0; }
.cp-muted { color: var(--cp-muted); font-size: 14px; }
.cp-import { margin-top: 20px; padding-top: 12px; border-top: 1px solid var(--cp-border); }
.cp-problems { margin-top: 12px; padding: 10px 14px; border: 1px solid var(--cp-contradicted); border-radius: 8px; }
.cp-problems ul { margin: 6px 0 0; padding-left: 20px; }
.cp-problems code { font-size: 13px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--cp-border); background: var(--cp-bg); color: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--cp-link); outline-offset: 2px; }
${EMPHASIS_CSS}
`;
