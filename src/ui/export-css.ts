/**
 * CSS for the export controls: the popup's export section and the popovers'
 * "Copy citation" buttons. Kept apart so the popup's and popover's own
 * stylesheets only include it.
 */

/** The popup's export section. */
export const EXPORT_PANEL_CSS = `
.cp-export-row { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 2px 8px; }
.cp-export-row .cp-row-title { font-weight: 600; flex: 1 1 200px; }
.cp-export-row .cp-muted { font-weight: normal; font-size: 12px; }
.cp-export-buttons { display: inline-flex; gap: 10px; }
.cp-todo { flex-basis: 100%; font-size: 12px; }
.cp-todo summary { cursor: pointer; color: var(--cp-muted); }
.cp-todo ul { margin: 4px 0; padding-left: 18px; }
.cp-export-status { min-height: 1.2em; }
`;

/** The popovers' copy-citation controls. */
export const COPY_CITATION_CSS = `
.cp-copy-citation { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-top: 4px; }
.cp-copied { font-size: 12px; color: var(--cp-muted); }
`;
