/**
 * The colour theme and the component rules shared by the popover, the popup
 * and the reader page, as CSS text. Colours are custom properties, set once
 * for light and once for dark, so every rule below reads on both.
 */

/** Theme custom properties on `selector`, light by default and dark under prefers-color-scheme. */
export function themeVariables(selector: string): string {
  return `
${selector} {
  color-scheme: light dark;
  --cp-bg: #ffffff;
  --cp-bg-soft: #f3f4f6;
  --cp-fg: #1b1c1f;
  --cp-muted: #555b65;
  --cp-border: #cfd4dc;
  --cp-link: #0b57d0;
  --cp-focus: #0b57d0;
  --cp-disputed: #8a4b00;    --cp-disputed-bg: #fff1d6;
  --cp-supported: #146c2e;   --cp-supported-bg: #dcf5e3;
  --cp-contradicted: #a4161a; --cp-contradicted-bg: #fde2e1;
  --cp-context: #44505f;     --cp-context-bg: #e8ebef;
  --cp-mark-bg: #ffe58a;
  --cp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  ${selector} {
    --cp-bg: #1e1f23;
    --cp-bg-soft: #2a2c31;
    --cp-fg: #e8e9ec;
    --cp-muted: #a9afb9;
    --cp-border: #454a53;
    --cp-link: #8ab4f8;
    --cp-focus: #8ab4f8;
    --cp-disputed: #ffc46b;    --cp-disputed-bg: #3d2c0c;
    --cp-supported: #7ee2a0;   --cp-supported-bg: #12321d;
    --cp-contradicted: #ff9a94; --cp-contradicted-bg: #43181a;
    --cp-context: #c3cad4;     --cp-context-bg: #30353d;
    --cp-mark-bg: #6b5500;
  }
}`;
}

/** Rules for the pieces every surface uses: badges, quotes, link buttons, diff, focus rings. */
export const COMPONENT_CSS = `
.cp-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.cp-muted { color: var(--cp-muted); }
.cp-kicker { margin: 0; font-size: 12px; letter-spacing: .02em; text-transform: uppercase; color: var(--cp-muted); }
.cp-meta { margin: 2px 0; font-size: 13px; color: var(--cp-muted); }
.cp-count { font-weight: normal; color: var(--cp-muted); }
.cp-badge {
  display: inline-block; padding: 1px 8px; border: 1px solid currentColor; border-radius: 999px;
  font-size: 12px; font-weight: 600; line-height: 18px; white-space: nowrap;
}
.cp-status-disputed     { color: var(--cp-disputed);     background: var(--cp-disputed-bg); border-style: dashed; }
.cp-status-supported    { color: var(--cp-supported);    background: var(--cp-supported-bg); }
.cp-status-contradicted { color: var(--cp-contradicted); background: var(--cp-contradicted-bg); border-width: 2px; }
.cp-status-context      { color: var(--cp-context);      background: var(--cp-context-bg); border-style: dotted; }
.cp-badge.cp-verdict-verbatim  { color: var(--cp-supported);    background: var(--cp-supported-bg); }
.cp-badge.cp-verdict-variant   { color: var(--cp-disputed);     background: var(--cp-disputed-bg); border-style: dashed; }
.cp-badge.cp-verdict-not-found { color: var(--cp-contradicted); background: var(--cp-contradicted-bg); border-width: 2px; }
.cp-badge.cp-verdict-translation { color: var(--cp-context); background: var(--cp-context-bg); border-style: dashed; }
.cp-quote { margin: 4px 0; padding: 0 0 0 10px; border-left: 3px solid var(--cp-border); font-style: italic; }
.cp-why { margin: 4px 0; }
.cp-link {
  padding: 0; border: 0; background: none; font: inherit; font-size: 13px;
  color: var(--cp-link); text-decoration: underline; cursor: pointer;
}
.cp-diff del { text-decoration: line-through; text-decoration-thickness: 2px; color: var(--cp-contradicted); background: var(--cp-contradicted-bg); }
.cp-diff ins { text-decoration: underline; text-decoration-thickness: 2px; color: var(--cp-supported); background: var(--cp-supported-bg); }
.cp-diff del + ins { margin-left: .25em; }
:focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; border-radius: 2px; }
@media (forced-colors: active) {
  .cp-badge { border-color: CanvasText; }
  :focus-visible { outline-color: Highlight; }
}`;
